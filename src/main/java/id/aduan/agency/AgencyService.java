package id.aduan.agency;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class AgencyService {

    private final AgencyRepository agencies;

    AgencyService(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    public List<Agency> list() {
        return agencies.findAllByOrderByCode();
    }

    public Optional<Agency> find(String code) {
        return code == null ? Optional.empty() : agencies.findById(code);
    }

    /** The agency or an {@link UnknownAgencyException} naming what to do. */
    public Agency get(String code) {
        return find(code).orElseThrow(() -> new UnknownAgencyException(code));
    }

    /** The government of a region: its province's or its regency's or city's. */
    public Optional<Agency> regionalGovernment(String regionCode) {
        return agencies.findByRegionCode(regionCode).stream()
                .filter(agency -> agency.getLevel().isRegionalGovernment())
                .findFirst();
    }
}
