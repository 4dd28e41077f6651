package id.aduan.complaint;

import id.aduan.ApiClient;
import id.aduan.StaffTasks;
import id.aduan.integration.IntegrationService;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Reports as a reporter posts them to {@code POST /api/complaints}, or files them with photos through the pages,
 * for full-stack tests.
 */
public final class TestReports {

    private TestReports() {}

    /** A valid complaint about a road in Musi Banyuasin, by a named reporter. */
    public static Map<String, Object> roadComplaint() {
        var report = new HashMap<String, Object>();
        report.put("type", "COMPLAINT");
        report.put("title", "Jalan rusak di Sekayu");
        report.put("description", "Jalan poros desa berlubang besar sejak tiga bulan.");
        report.put("categoryCode", "ROADS");
        report.put("regionCode", "16.06");
        report.put(
                "reporter", Map.of("name", "Budi Santoso", "email", "budi@example.org", "phone", "+62 811 2222 3333"));
        report.put("anonymous", false);
        report.put("confidential", false);
        return report;
    }

    /**
     * Files the report through the API and has the verifier verify it, which routes a road complaint in Musi Banyuasin
     * to its public works office (DPUPR-MUBA); the tracking ID.
     */
    public static String filedAndVerified(ApiClient api, Map<String, Object> report) {
        var trackingId =
                api.post("/api/complaints", report).json().get("trackingId").asText();
        StaffTasks.complete(
                api.as("verifier", "demo"),
                trackingId,
                Map.of("verificationDecision", "VERIFY", "complexity", "SIMPLE"));
        return trackingId;
    }

    /** The road complaint with one field set to the value, for tests of what the API accepts. */
    public static Map<String, Object> roadComplaintWith(String field, Object value) {
        var report = roadComplaint();
        report.put(field, value);
        return report;
    }

    /** A valid complaint about a health centre in Musi Banyuasin, by a named reporter. */
    public static Map<String, Object> healthComplaint(String reporterName, String email, String phone) {
        var report = roadComplaint();
        report.put("title", "Puskesmas Sekayu tutup di jam layanan");
        report.put("description", "Puskesmas di Sekayu tutup pada jam layanan pagi selama seminggu terakhir.");
        report.put("categoryCode", "HEALTH_FACILITY");
        report.put("reporter", Map.of("name", reporterName, "email", email, "phone", phone));
        return report;
    }

    /**
     * The complaint about a health centre in Musi Banyuasin, which the routing rules send to its health office,
     * as {@link ComplaintService#submit(NewComplaint, java.util.List)} takes it with files.
     */
    public static NewComplaint healthReport(Reporter reporter, boolean anonymous, boolean confidential) {
        return new NewComplaint(
                ReportType.COMPLAINT,
                "Puskesmas Sekayu tutup di jam layanan",
                "Puskesmas di Sekayu tutup pada jam layanan pagi selama seminggu terakhir.",
                "HEALTH_FACILITY",
                "16.06",
                null,
                null,
                reporter,
                anonymous,
                confidential,
                Language.ID,
                Channel.WEB,
                null);
    }

    /** A question about birth certificates in Ogan Komering Ilir, as the pages file it without files. */
    public static NewComplaint birthCertificateQuestion(Reporter reporter, boolean confidential) {
        return new NewComplaint(
                ReportType.INFORMATION_REQUEST,
                "Syarat membuat akta kelahiran",
                "Apa saja syarat membuat akta kelahiran untuk anak yang lahir di rumah?",
                "CIVIL_CERTIFICATE",
                "16.02",
                null,
                null,
                reporter,
                false,
                confidential,
                Language.ID,
                Channel.WEB,
                null);
    }

    /** The report as the demo partner of that name ("Senjang Muba") files it, with a reference of its own. */
    public static NewComplaint filedBy(String partner, IntegrationService integrations, NewComplaint report) {
        var integration = integrations.list().stream()
                .filter(candidate -> candidate.name().equals(partner))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No demo partner " + partner));
        return new NewComplaint(
                report.type(),
                report.title(),
                report.description(),
                report.categoryCode(),
                report.regionCode(),
                report.agencyCode(),
                report.location(),
                report.reporter(),
                report.anonymous(),
                report.confidential(),
                report.language(),
                Channel.INTEGRATION,
                new FiledByIntegration(integration.id(), integration.name(), "REF-" + UUID.randomUUID(), null));
    }
}
