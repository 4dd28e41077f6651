package id.aduan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.aduan.complaint.Channel;
import id.aduan.complaint.ComplaintStatus;
import id.aduan.complaint.ComplaintSummaries;
import id.aduan.complaint.ComplaintSummary;
import id.aduan.complaint.Language;
import id.aduan.complaint.NamedCode;
import id.aduan.complaint.ReportType;
import id.aduan.complaint.ReporterContact;
import id.aduan.deadline.OfficeTimeZone;
import id.aduan.routing.AgencyGroups;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Who is told, and how: e-mail when the reporter gave an address, else or when they chose SMS, SMS to a number that
 * takes them.
 */
class NotificationRecipientsTest {

    private static final String PHONE = "+6281234567890";

    private final ComplaintSummaries complaints = mock(ComplaintSummaries.class);
    private final StaffRecipients staff = mock(StaffRecipients.class);
    private final AgencyGroups groups = mock(AgencyGroups.class);
    private final SmsOptOuts optOuts = mock(SmsOptOuts.class);
    private final NotificationProperties properties =
            new NotificationProperties("Aduan <no-reply@aduan.test>", "https://aduan.test", null, null, 0);

    private NotificationRecipients recipients(boolean smsEnabled) {
        var sms = new SmsProperties(
                smsEnabled,
                "http://127.0.0.1:1/cgi-bin/sendsms",
                "aduan",
                "secret",
                "1708",
                null,
                Duration.ofSeconds(1),
                Duration.ofSeconds(1));
        var email = new EmailTransport(new MailComposer(properties), mock(JavaMailSender.class), properties);
        var smsTransport = new SmsTransport(new SmsComposer(new SmsTemplates(properties)), optOuts, sms);
        return new NotificationRecipients(complaints, staff, groups, List.of(smsTransport, email));
    }

    private static ComplaintSummary summary(Channel channel, List<NamedCode> pendingAgencies) {
        return new ComplaintSummary(
                7L,
                "ADU-7K3M-9QXH",
                ReportType.COMPLAINT,
                channel,
                "Jalan rusak",
                "Berlubang.",
                "Jalan",
                "Musi Banyuasin",
                ComplaintStatus.FORWARDED,
                false,
                null,
                OfficeTimeZone.WIB,
                List.of(),
                pendingAgencies,
                null,
                null);
    }

    private void reporter(String email, String phone) {
        when(complaints.reporterContact(7L)).thenReturn(new ReporterContact("Siti", email, phone, false, Language.EN));
    }

    private void reporterWhoChoseSms() {
        when(complaints.reporterContact(7L))
                .thenReturn(new ReporterContact("Siti", "siti@example.org", PHONE, true, Language.EN));
    }

    @Nested
    class TheReporter {

        @BeforeEach
        void smsOn() {
            when(optOuts.isStopped(PHONE)).thenReturn(false);
        }

        @Test
        void getsEMailWhenTheyGaveAnAddressEvenWithAPhone() {
            reporter("siti@example.org", PHONE);

            var to = recipients(true).of(NotificationKind.ROUTED, summary(Channel.WEB, List.of()), null);

            assertThat(to.channel()).isEqualTo(NotificationChannel.EMAIL);
            assertThat(to.addresses()).containsExactly("siti@example.org");
            assertThat(to.language()).isEqualTo(Language.EN);
            assertThat(to.reporterName()).isEqualTo("Siti");
        }

        @Nested
        class WhoChoseSms {

            @Test
            void getsTheKeyMessagesBySmsInsteadOfEMail() {
                reporterWhoChoseSms();

                var to = recipients(true).of(NotificationKind.ROUTED, summary(Channel.WEB, List.of()), null);

                assertThat(to.channel()).isEqualTo(NotificationChannel.SMS);
                assertThat(to.addresses()).containsExactly(PHONE);
                assertThat(to.language()).isEqualTo(Language.EN);
            }

            @Test
            void getsEMailOnceTheNumberSentBerhenti() {
                reporterWhoChoseSms();
                when(optOuts.isStopped(PHONE)).thenReturn(true);

                var to = recipients(true).of(NotificationKind.ROUTED, summary(Channel.WEB, List.of()), null);

                assertThat(to.channel()).isEqualTo(NotificationChannel.EMAIL);
                assertThat(to.addresses()).containsExactly("siti@example.org");
            }

            @Test
            void getsEMailWhileSmsAreOff() {
                reporterWhoChoseSms();

                var to = recipients(false).of(NotificationKind.RECEIPT, summary(Channel.WEB, List.of()), null);

                assertThat(to.channel()).isEqualTo(NotificationChannel.EMAIL);
                assertThat(to.addresses()).containsExactly("siti@example.org");
            }

            @Test
            void getsANewLinkByEMail() {
                reporterWhoChoseSms();

                var to = recipients(true).of(NotificationKind.ACCESS_LINK, summary(Channel.WEB, List.of()), null);

                assertThat(to.channel()).isEqualTo(NotificationChannel.EMAIL);
                assertThat(to.addresses()).containsExactly("siti@example.org");
            }
        }

        @ParameterizedTest
        @EnumSource(
                value = NotificationKind.class,
                names = {
                    "RECEIPT",
                    "ROUTED",
                    "DEFERRED",
                    "ARCHIVED",
                    "INFORMATION_REQUESTED",
                    "ANSWERS_READY",
                    "WINDOW_CLOSING",
                    "COMPLETED",
                    "CLOSED_WITHOUT_ANSWER"
                })
        void getsTheKeyMessagesBySmsWithOnlyAPhone(NotificationKind kind) {
            reporter(null, PHONE);

            var to = recipients(true).of(kind, summary(Channel.WEB, List.of()), null);

            assertThat(to.channel()).isEqualTo(NotificationChannel.SMS);
            assertThat(to.addresses()).containsExactly(PHONE);
            assertThat(to.language()).isEqualTo(Language.EN);
        }

        @Test
        void getsOneAgencysAnswerBySmsWhileOthersStillWork() {
            reporter(null, PHONE);
            var others = List.of(new NamedCode("BPJS", "BPJS Kesehatan"));

            var to = recipients(true).of(NotificationKind.AGENCY_ANSWER, summary(Channel.WEB, others), "DINKES");

            assertThat(to.channel()).isEqualTo(NotificationChannel.SMS);
        }

        @Test
        void getsNoNewLinkBySms() {
            reporter(null, PHONE);

            assertThat(recipients(true).of(NotificationKind.ACCESS_LINK, summary(Channel.WEB, List.of()), null))
                    .isEqualTo(Recipients.NOBODY);
        }

        @Test
        void getsNoSmsReceiptForAReportBySmsWhoseReplyCarriedTheTrackingId() {
            reporter(null, PHONE);

            assertThat(recipients(true)
                            .of(NotificationKind.RECEIPT, summary(Channel.SMS, List.of()), null)
                            .isEmpty())
                    .isTrue();
            assertThat(recipients(true)
                            .of(NotificationKind.ROUTED, summary(Channel.SMS, List.of()), null)
                            .channel())
                    .isEqualTo(NotificationChannel.SMS);
        }

        @Test
        void getsNoSmsAfterBerhenti() {
            reporter(null, PHONE);
            when(optOuts.isStopped(PHONE)).thenReturn(true);

            assertThat(recipients(true)
                            .of(NotificationKind.ROUTED, summary(Channel.WEB, List.of()), null)
                            .isEmpty())
                    .isTrue();
        }

        @Test
        void getsNoSmsWhileSmsAreOff() {
            reporter(null, PHONE);

            assertThat(recipients(false)
                            .of(NotificationKind.ROUTED, summary(Channel.WEB, List.of()), null)
                            .isEmpty())
                    .isTrue();
        }

        @Test
        void getsNothingWithoutAnAddressOrPhone() {
            reporter(null, null);

            assertThat(recipients(true)
                            .of(NotificationKind.ROUTED, summary(Channel.WEB, List.of()), null)
                            .isEmpty())
                    .isTrue();
        }

        @Test
        void getsTheLastAgencysAnswerWithAllAnswersInstead() {
            reporter("siti@example.org", PHONE);

            assertThat(recipients(true)
                            .of(NotificationKind.AGENCY_ANSWER, summary(Channel.WEB, List.of()), "DINKES")
                            .isEmpty())
                    .isTrue();
        }
    }

    @Test
    void staffGetEMailInIndonesianAtTheirGroupsAddresses() {
        when(groups.officers("DINKES")).thenReturn("dinkes-officers");
        when(staff.of(List.of("dinkes-officers"))).thenReturn(Set.of("officer@dinkes.go.id"));

        var to = recipients(true).of(NotificationKind.FOLLOW_UP_TASK, summary(Channel.SMS, List.of()), "DINKES");

        assertThat(to.channel()).isEqualTo(NotificationChannel.EMAIL);
        assertThat(to.language()).isEqualTo(Language.ID);
        assertThat(to.reporterName()).isNull();
        assertThat(to.addresses()).containsExactly("officer@dinkes.go.id");
    }
}
