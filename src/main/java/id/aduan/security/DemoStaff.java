package id.aduan.security;

import id.aduan.agency.AgencyService;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo staff for the default run (aduan.demo.enabled): the national verifier, an Ombudsman reader, and for every agency an
 * officer (a government's coordinator), a supervisor and a liaison officer (pejabat penghubung), all with the password
 * {@code demo}. The administrator {@code demo} comes
 * from {@code camunda.bpm.admin-user}.
 */
@Component
@ConditionalOnProperty(name = "aduan.demo.enabled", havingValue = "true")
class DemoStaff {

    static final String PASSWORD = "demo";
    static final String VERIFIER = "verifier";
    static final String OMBUDSMAN = "ombudsman";
    static final String ADMINISTRATOR = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoStaff.class);

    private final IdentityService identity;
    private final AgencyService agencies;
    private final boolean development;

    DemoStaff(
            IdentityService identity,
            AgencyService agencies,
            @Value("${aduan.development:false}") boolean development) {
        this.identity = identity;
        this.agencies = agencies;
        this.development = development;
    }

    @EventListener
    @Order(2)
    public void createUsers(ApplicationReadyEvent event) {
        var created = 0;
        created += createUser(VERIFIER, "Verifikator", "Nasional", StaffGroups.NATIONAL_ADMINISTRATORS);
        created += createUser(OMBUDSMAN, "Pengawas", "Ombudsman RI", StaffGroups.OVERSIGHT);
        addMembership(ADMINISTRATOR, StaffGroups.NATIONAL_ADMINISTRATORS);
        for (var agency : agencies.list()) {
            if (agency.getOfficerGroupId().equals(StaffGroups.NATIONAL_ADMINISTRATORS)) {
                continue;
            }
            var slug = agency.getCode().toLowerCase(Locale.ROOT);
            created += createUser(slug + "-officer", "Petugas", agency.getName(), agency.getOfficerGroupId());
            created += createUser(
                    slug + "-supervisor",
                    "Atasan",
                    agency.getName(),
                    agency.getSupervisorGroupId(),
                    agency.getOfficerGroupId());
            created +=
                    createUser(slug + "-liaison", "Pejabat penghubung", agency.getName(), agency.getLiaisonGroupId());
        }
        if (created > 0) {
            log.info("Created {} demo staff users, all with the password '{}' (see README)", created, PASSWORD);
        }
        if (!development) {
            log.warn(
                    "Demo staff with the password '{}' can sign in (aduan.demo.enabled): for trying Aduan out only;"
                            + " set ADUAN_DEMO_ENABLED=false and remove them in Camunda Admin before real use",
                    PASSWORD);
        }
    }

    private int createUser(String id, String firstName, String lastName, String... groups) {
        if (identity.createUserQuery().userId(id).count() > 0) {
            return 0;
        }
        var user = identity.newUser(id);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setPassword(PASSWORD);
        user.setEmail(id + "@demo.aduan.invalid");
        identity.saveUser(user);
        for (var group : groups) {
            addMembership(id, group);
        }
        return 1;
    }

    private void addMembership(String userId, String groupId) {
        if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0
                && identity.createUserQuery().userId(userId).count() > 0) {
            identity.createMembership(userId, groupId);
        }
    }
}
