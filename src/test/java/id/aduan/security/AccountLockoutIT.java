package id.aduan.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.AduanIntegrationTest;
import id.aduan.ApiClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Wrong passwords slow an account down for a while (the engine's {@code loginDelay*} settings), but never lock it
 * for good: nobody can lock an officer or the only system administrator out by guessing. The engine's clock stands
 * still in these tests and moves only when they move it.
 */
@AduanIntegrationTest
class AccountLockoutIT {

    private static final String USER = "lockout-test-officer";
    private static final String PASSWORD = "Rahasia-123";
    private static final Instant NOW = Instant.parse("2026-03-16T02:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    private ApiClient api;

    @BeforeEach
    void createAnOfficer() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        var user = identity.newUser(USER);
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(USER, StaffGroups.OVERSIGHT);
        api = ApiClient.on(port);
    }

    @AfterEach
    void deleteTheOfficer() {
        ClockUtil.reset();
        identity.deleteUser(USER);
    }

    @Test
    void slowsAnAccountDownAfterWrongPasswordsWithoutLockingItForGood() {
        // given ten wrong passwords, each once the delay of the one before has passed (at most a minute)
        for (var attempt = 1; attempt <= 10; attempt++) {
            at(Duration.ofSeconds(61L * attempt));
            assertThat(api.as(USER, "wrong-" + attempt).get("/api/overdue").status())
                    .isEqualTo(401);
        }

        // when the right password comes at once, and again a minute later
        var atOnce = api.as(USER, PASSWORD).get("/api/overdue");
        at(Duration.ofSeconds(61L * 11));
        var aMinuteLater = api.as(USER, PASSWORD).get("/api/overdue");

        // then the account waited out its delay, and is open again
        assertThat(atOnce.status()).isEqualTo(401);
        assertThat(aMinuteLater.status()).isEqualTo(200);
    }

    @Test
    void letsASystemAdministratorUnlockAnAccountAtOnce() {
        // given an account held back by a wrong password
        assertThat(api.as(USER, "wrong").get("/api/overdue").status()).isEqualTo(401);
        assertThat(api.as(USER, PASSWORD).get("/api/overdue").status()).isEqualTo(401);

        // when a system administrator unlocks it
        var unlocked = api.as("demo", "demo").post("/engine-rest/user/" + USER + "/unlock", Map.of());

        // then the right password works at once
        assertThat(unlocked.status()).isEqualTo(204);
        assertThat(api.as(USER, PASSWORD).get("/api/overdue").status()).isEqualTo(200);
    }

    private static void at(Duration afterNow) {
        ClockUtil.setCurrentTime(Date.from(NOW.plus(afterNow)));
    }
}
