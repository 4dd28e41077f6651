package id.aduan.security;

import id.aduan.agency.Agency;
import id.aduan.agency.AgencyService;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/** Which agencies' work a signed-in staff member may see in Aduan's staff API. */
@Component
public class StaffScope {

    private static final Set<String> SEE_EVERY_AGENCY = Set.of(
            StaffGroups.authority(StaffGroups.SYSTEM_ADMINISTRATORS),
            StaffGroups.authority(StaffGroups.NATIONAL_ADMINISTRATORS),
            StaffGroups.authority(StaffGroups.OVERSIGHT));

    private final AgencyService agencies;

    StaffScope(AgencyService agencies) {
        this.agencies = agencies;
    }

    /** The Camunda groups of a signed-in staff member, as their authorities name them. */
    public List<String> groupIds(Authentication staff) {
        var prefix = StaffGroups.authority("");
        return staff.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(prefix))
                .map(authority -> authority.substring(prefix.length()))
                .toList();
    }

    /** Empty for administrators and oversight, who see every agency; otherwise the agencies of the user's groups. */
    public Optional<Set<String>> agencyCodes(Authentication staff) {
        var authorities = staff.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        if (authorities.stream().anyMatch(SEE_EVERY_AGENCY::contains)) {
            return Optional.empty();
        }
        return Optional.of(agencies.list().stream()
                .filter(agency -> authorities.contains(StaffGroups.authority(agency.getOfficerGroupId()))
                        || authorities.contains(StaffGroups.authority(agency.getSupervisorGroupId())))
                .map(Agency::getCode)
                .collect(Collectors.toSet()));
    }
}
