package id.aduan.agency;

import id.aduan.region.RegionService;
import id.aduan.system.FieldProblemException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class AgencyService {

    private static final Logger log = LoggerFactory.getLogger(AgencyService.class);

    private final AgencyRepository agencies;
    private final RegionService regions;
    private final ApplicationEventPublisher events;

    AgencyService(AgencyRepository agencies, RegionService regions, ApplicationEventPublisher events) {
        this.agencies = agencies;
        this.regions = regions;
        this.events = events;
    }

    /** Adds an agency with its officer and supervisor groups ({@code <code>-officers}, {@code <code>-supervisors}). */
    @Transactional
    public Agency create(String code, AgencyDetails details) {
        if (agencies.existsById(code)) {
            throw new AgencyExistsException(code);
        }
        check(code, details);
        var agency = agencies.save(new Agency(code, details));
        log.info("Agency {} added: {}", code, details.name());
        events.publishEvent(new AgencyCreated(code));
        return agency;
    }

    /** Changes an agency; new deadlines follow a changed time zone, running ones keep theirs. */
    @Transactional
    public Agency update(String code, AgencyDetails details) {
        var agency = agencies.findById(code).orElseThrow(() -> new AgencyNotFoundException(code));
        check(code, details);
        agency.change(details);
        log.info("Agency {} changed: {}", code, details.name());
        events.publishEvent(new AgencyChanged(code));
        return agency;
    }

    private void check(String code, AgencyDetails details) {
        if (details.parentCode() != null) {
            if (details.parentCode().equals(code)) {
                throw new FieldProblemException("parentCode", "cannot be the agency itself");
            }
            if (!agencies.existsById(details.parentCode())) {
                throw new FieldProblemException("parentCode", "is not a known agency; GET /api/agencies lists them");
            }
        }
        if (details.regionCode() != null && regions.find(details.regionCode()).isEmpty()) {
            throw new FieldProblemException("regionCode", "is not a known region; GET /api/regions lists them");
        }
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

    /**
     * The agency whose liaison officers (pejabat penghubung) sign an agency's answers off, and whose {@link
     * Agency#requiresLiaisonApproval()} says whether they must: a unit's government, or the agency itself.
     */
    public Agency approverOf(String code) {
        var agency = get(code);
        if (agency.getLevel() == AgencyLevel.UNIT && agency.getParentCode() != null) {
            return find(agency.getParentCode()).orElse(agency);
        }
        return agency;
    }

    /** The government of a region: its province's or its regency's or city's. */
    public Optional<Agency> regionalGovernment(String regionCode) {
        return agencies.findByRegionCode(regionCode).stream()
                .filter(agency -> agency.getLevel().isRegionalGovernment())
                .findFirst();
    }
}
