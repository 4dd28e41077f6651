package id.aduan;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Map;

/**
 * The settings that Aduan needs outside the default run (README, Operations), as tests of the production
 * configuration supply them: an SMTP server of the test's own (GreenMail on a free loopback port), a password of its
 * own for the first system administrator, and a public address for the links in e-mails.
 */
public final class ProductionEnvironment implements AutoCloseable {

    /** The first system administrator, {@code camunda.bpm.admin-user.id}. */
    public static final String ADMINISTRATOR = "demo";

    public static final String ADMINISTRATOR_PASSWORD = "Uji-Produksi-2026";

    public static final String PUBLIC_BASE_URL = "https://aduan.example.go.id";

    private final GreenMail smtp;

    private ProductionEnvironment(GreenMail smtp) {
        this.smtp = smtp;
    }

    /** Starts the SMTP server; closing the environment stops it. */
    public static ProductionEnvironment start() {
        var smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return new ProductionEnvironment(smtp);
    }

    /** The SMTP server Aduan sends to, with what it received. */
    public GreenMail smtp() {
        return smtp;
    }

    /** The settings that point Aduan at this environment. */
    public Map<String, String> springProperties() {
        return Map.of(
                "spring.mail.host",
                "127.0.0.1",
                "spring.mail.port",
                String.valueOf(smtp.getSmtp().getPort()),
                "camunda.bpm.admin-user.password",
                ADMINISTRATOR_PASSWORD,
                "aduan.notification.public-base-url",
                PUBLIC_BASE_URL);
    }

    @Override
    public void close() {
        smtp.stop();
    }
}
