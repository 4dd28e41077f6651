package id.aduan.routing;

import id.aduan.agency.Agency;
import id.aduan.agency.AgencyService;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The staff groups of an agency's work: the candidate groups of the models' user tasks (through the process's
 * {@code CandidateGroups}) and the recipients of staff e-mails, so that each agency's staff see only their own
 * agency's tasks.
 */
@Component
public class AgencyGroups {

    private final AgencyService agencies;
    private final RoutingService routing;

    public AgencyGroups(AgencyService agencies, RoutingService routing) {
        this.agencies = agencies;
        this.routing = routing;
    }

    public String officers(String agencyCode) {
        return agencies.get(agencyCode).getOfficerGroupId();
    }

    public String supervisors(String agencyCode) {
        return agencies.get(agencyCode).getSupervisorGroupId();
    }

    /** The liaison officers who approve the agency's answers: a unit's government's ({@link AgencyService#approverOf}). */
    public String liaisonOfficers(String agencyCode) {
        return agencies.approverOf(agencyCode).getLiaisonGroupId();
    }

    public String nationalAdministrators() {
        return officers(routing.nationalAdministrator());
    }

    /**
     * The national administrators verify every report; when the reporter chose an agency, that agency's
     * officers may verify it too.
     */
    public List<String> verifiers(String requestedAgencyCode) {
        var groups = new ArrayList<String>();
        groups.add(nationalAdministrators());
        agencies.find(requestedAgencyCode)
                .map(Agency::getOfficerGroupId)
                .filter(group -> !groups.contains(group))
                .ifPresent(groups::add);
        return groups;
    }
}
