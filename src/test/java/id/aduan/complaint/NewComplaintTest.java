package id.aduan.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules of a report per door: SMS without title, category and region but with its number; the others as ever. */
class NewComplaintTest {

    private static final String SMS_TEXT = "Jalan di desa kami rusak parah sejak bulan lalu, mohon diperbaiki";

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidation() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stopValidation() {
        factory.close();
    }

    @Nested
    class BySms {

        @Test
        void acceptsATextFromANumberWithoutTitleCategoryRegionOrName() {
            // given
            var report = sms(new Reporter(null, null, "+6281234567890"));

            // when
            var violations = validator.validate(report);

            // then
            assertThat(violations).isEmpty();
        }

        @Test
        void requiresTheNumberItCameFrom() {
            assertThat(fields(sms(null))).containsOnlyKeys("reporter.phone");
            assertThat(fields(sms(new Reporter(null, null, null)))).containsOnlyKeys("reporter.phone");
        }

        @Test
        void requiresANumberThatIsAPhoneNumber() {
            assertThat(fields(sms(new Reporter(null, null, "12345")))).containsKey("reporter.phone");
        }

        @Test
        void keepsTheNumberInE164AndTheTextsFirstWordsAsTitle() {
            // given
            var report = sms(new Reporter(null, null, "0812-3456-7890"));

            // then
            assertThat(report.filedReporter().phone()).isEqualTo("+6281234567890");
            assertThat(report.filedTitle()).isEqualTo("Jalan di desa kami rusak parah sejak bulan lalu, mohon…");
        }

        @Test
        void keepsATitleIfTheDoorGivesOne() {
            // given
            var report = report(
                    Channel.SMS,
                    "Jalan rusak",
                    SMS_TEXT,
                    null,
                    null,
                    new Reporter(null, null, "+6281234567890"),
                    false);

            // then
            assertThat(validator.validate(report)).isEmpty();
            assertThat(report.filedTitle()).isEqualTo("Jalan rusak");
        }
    }

    @Nested
    class ThroughEveryOtherDoor {

        @ParameterizedTest
        @EnumSource(
                value = Channel.class,
                names = {"WEB", "API"})
        void requiresTitleCategoryRegionAndTheReportersNameAndAddress(Channel channel) {
            // given
            var report = report(channel, null, SMS_TEXT, null, " ", new Reporter(null, null, "+6281234567890"), false);

            // when
            var fields = fields(report);

            // then
            assertThat(fields).containsOnlyKeys("title", "categoryCode", "regionCode", "reporter.name");
            assertThat(fields.get("reporter.name")).containsExactly("is required unless the report is anonymous");
        }

        @Test
        void requiresAnEMailAddressOrPhoneNumberOfANamedReporter() {
            assertThat(fields(web(new Reporter("Budi Santoso", null, null), false)))
                    .containsOnlyKeys("reporter.email");
            assertThat(validator.validate(web(new Reporter("Budi Santoso", null, "+62 811 2222 3333"), false)))
                    .isEmpty();
            assertThat(validator.validate(web(new Reporter("Budi Santoso", "budi@example.org", null), false)))
                    .isEmpty();
        }

        @Test
        void refusesTheChoiceOfSmsWithoutAPhoneNumber() {
            // given a reporter who chose SMS but gave only an e-mail address
            var report = web(new Reporter("Budi Santoso", "budi@example.org", null, true), false);

            // when
            var fields = fields(report);

            // then
            assertThat(fields).containsOnlyKeys("reporter.smsUpdates");
            assertThat(fields.get("reporter.smsUpdates"))
                    .containsExactly("needs reporter.phone: the number the SMS go to");
        }

        @Test
        void acceptsTheChoiceOfSmsWithAPhoneNumber() {
            // given
            var report = web(new Reporter("Budi Santoso", "budi@example.org", "+62 811 2222 3333", true), false);

            // then
            assertThat(validator.validate(report)).isEmpty();
            assertThat(report.filedReporter().smsUpdates()).isTrue();
        }

        @Test
        void acceptsAnAnonymousReportWithoutReporter() {
            assertThat(validator.validate(web(null, true))).isEmpty();
        }

        @Test
        void keepsTheReporterAndTitleAsGiven() {
            // given
            var reporter = new Reporter("Budi Santoso", null, "0811 2222 3333");
            var report = web(reporter, false);

            // then
            assertThat(report.filedReporter()).isSameAs(reporter);
            assertThat(report.filedTitle()).isEqualTo("Jalan rusak di Sekayu");
        }
    }

    @Nested
    class ForwardedByAnotherInstallation {

        @Test
        void requestsTheAgencyThatInstallationNamedAndKeepsNoReporter() {
            // given a partner's report that came with its reporter and the agency its reporter chose
            var report = partner(new Reporter("Budi Santoso", "budi@example.org", "+62 811 2222 3333"), "PLN");

            // when another installation forwards it for the public works office, skipping verification here
            var forwarded = report.forwardedTo("DPUPR-MUBA", true);

            // then it requests that office, goes straight to it, keeps no reporter and needs none
            assertThat(forwarded.agencyCode()).isEqualTo("DPUPR-MUBA");
            assertThat(forwarded.reporter()).isNull();
            assertThat(forwarded.integration().forwarded()).isTrue();
            assertThat(forwarded.integration().skipsVerification()).isTrue();
            assertThat(forwarded.integration().externalReference()).isEqualTo("ADU-7K3M-9QXH");
            assertThat(validator.validate(forwarded)).isEmpty();
        }

        @Test
        void isVerifiedHereWithoutTheAgencyItWasRoutedTo() {
            // when another installation forwards a report without naming the agency
            var forwarded = partner(null, "PLN").forwardedTo(null, true);

            // then it keeps the agency the report named, and is verified here
            assertThat(forwarded.agencyCode()).isEqualTo("PLN");
            assertThat(forwarded.integration().forwarded()).isTrue();
            assertThat(forwarded.integration().skipsVerification()).isFalse();
        }

        @Test
        void stillRequiresTheReporterOfAnyOtherPartnersReport() {
            assertThat(fields(partner(null, null))).containsOnlyKeys("reporter.name");
        }

        private static NewComplaint partner(Reporter reporter, String agencyCode) {
            return new NewComplaint(
                    ReportType.COMPLAINT,
                    "Jalan rusak di Sekayu",
                    "Jalan poros desa berlubang besar sejak tiga bulan.",
                    "ROADS",
                    "16.06",
                    agencyCode,
                    null,
                    reporter,
                    false,
                    false,
                    Language.ID,
                    Channel.INTEGRATION,
                    new FiledByIntegration(7, "Aduan Sumsel", "ADU-7K3M-9QXH", null));
        }
    }

    private static NewComplaint sms(Reporter reporter) {
        return report(Channel.SMS, null, SMS_TEXT, null, null, reporter, false);
    }

    private static NewComplaint web(Reporter reporter, boolean anonymous) {
        return report(
                Channel.WEB,
                "Jalan rusak di Sekayu",
                "Jalan poros desa berlubang besar sejak tiga bulan.",
                "ROADS",
                "16.06",
                reporter,
                anonymous);
    }

    private static NewComplaint report(
            Channel channel,
            String title,
            String text,
            String categoryCode,
            String regionCode,
            Reporter reporter,
            boolean anonymous) {
        return new NewComplaint(
                ReportType.COMPLAINT,
                title,
                text,
                categoryCode,
                regionCode,
                null,
                null,
                reporter,
                anonymous,
                false,
                Language.ID,
                channel,
                null);
    }

    /** The broken rules' messages by field. */
    private static Map<String, List<String>> fields(NewComplaint report) {
        return validator.validate(report).stream()
                .collect(Collectors.groupingBy(
                        violation -> violation.getPropertyPath().toString(),
                        Collectors.mapping(ConstraintViolation::getMessage, Collectors.toList())));
    }
}
