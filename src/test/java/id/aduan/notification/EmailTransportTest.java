package id.aduan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.StreamProvider;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSender;

/** The e-mail transport names jakarta.mail's stream provider, so that writing an e-mail does not search the class path. */
class EmailTransportTest {

    private final NotificationProperties properties =
            new NotificationProperties("Aduan <no-reply@aduan.test>", "https://aduan.test", null, null, 0);

    private String before;

    @BeforeEach
    void forgetStreamProvider() {
        before = System.clearProperty(EmailTransport.STREAM_PROVIDER);
    }

    @AfterEach
    void restoreStreamProvider() {
        if (before == null) {
            System.clearProperty(EmailTransport.STREAM_PROVIDER);
        } else {
            System.setProperty(EmailTransport.STREAM_PROVIDER, before);
        }
    }

    @Test
    void namesAngusMailsStreamProvider() throws Exception {
        new EmailTransport(new MailComposer(properties), mock(JavaMailSender.class), properties);

        assertThat(System.getProperty("jakarta.mail.util.StreamProvider"))
                .isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
        assertThat(StreamProvider.provider()).isInstanceOf(MailStreamProvider.class);
        assertThat(new MimeMultipart().getCount()).isZero();
    }

    @Test
    void keepsTheProviderTheJvmWasStartedWith() {
        System.setProperty(EmailTransport.STREAM_PROVIDER, "com.example.OtherStreamProvider");

        new EmailTransport(new MailComposer(properties), mock(JavaMailSender.class), properties);

        assertThat(System.getProperty(EmailTransport.STREAM_PROVIDER)).isEqualTo("com.example.OtherStreamProvider");
    }
}
