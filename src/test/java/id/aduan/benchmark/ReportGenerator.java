package id.aduan.benchmark;

import static id.aduan.benchmark.Benchmarks.progress;

import id.aduan.complaint.ActorType;
import id.aduan.complaint.AssignmentStatus;
import id.aduan.complaint.Channel;
import id.aduan.complaint.ComplaintStatus;
import id.aduan.complaint.ReportType;
import id.aduan.complaint.TimelineEntryType;
import id.aduan.deadline.Complexity;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;

/**
 * Reports as Aduan writes them, straight into its own tables with PostgreSQL's {@code COPY}: each report's row in
 * {@code complaint}, its filing token in {@code complaint_access_token}, its agencies' rows in
 * {@code complaint_assignment} and its timeline in {@code complaint_event}, each step as the {@code ComplaintLifecycle}
 * method of that step changes them (status, times, clocks, the entry's type, actor and agency). No process instance,
 * notification or partner event is written: the reports have their data, not their running processes.
 *
 * <p>The mix, over the last three years with more reports in recent months: about 79% completed (45% of them rated by
 * the reporter, the rest closed without the reporter's answer), 9.5% archived, 1.5% not yet verified, 1% deferred,
 * 1.5% followed up and waiting for the reporter, 3.5% forwarded or in progress within their deadline and 4% overdue now
 * (an open assignment with {@code overdue_since}); 15% of the answers late (a {@code FOLLOW_UP_OVERDUE} before the
 * {@code FOLLOWED_UP}), 4% handed back as "not our authority" and re-routed, 4% objected to, 3% with two agencies;
 * 10% confidential (every SMS report is), 20% anonymous; channels web 60%, API 15%, partner systems 20% (when there are
 * any), SMS 5%. Regions are weighted so that some governments are busy and most are quiet.
 */
final class ReportGenerator {

    static final Duration HISTORY = Duration.ofDays(3 * 365);

    private static final String VERIFIER = "verifier";
    private static final String SYSTEM_ARCHIVE_REASON = "The reporter did not answer within 10 working days.";
    private static final char[] TRACKING_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    /** Odd, so that multiplying by it modulo 2^40 maps report numbers one-to-one onto tracking IDs. */
    private static final long TRACKING_MULTIPLIER = 0x9E3779B97L;

    private static final String[] TITLES = {
        "Jalan rusak dan berlubang di depan pasar",
        "Pelayanan puskesmas lambat, antrean sampai sore",
        "KTP elektronik belum jadi setelah tiga bulan",
        "Lampu penerangan jalan mati sejak seminggu",
        "Pungutan liar saat mengurus akta kelahiran",
        "Sekolah meminta iuran yang tidak jelas",
        "Sampah tidak diangkut dua minggu",
        "Izin usaha belum terbit padahal syarat lengkap",
        "Dana desa tidak dilaporkan ke warga",
        "Obat di rumah sakit daerah sering kosong",
        "Angkutan umum menaikkan tarif sepihak",
        "Listrik padam berulang kali tanpa pemberitahuan",
        "Kartu BPJS Kesehatan tidak aktif",
        "Saluran air tersumbat dan banjir saat hujan",
        "Jembatan desa rusak membahayakan anak sekolah"
    };

    private static final String DESCRIPTION = " Kami warga sudah beberapa kali menyampaikan hal ini kepada petugas di"
            + " kantor setempat, tetapi belum ada tindak lanjut. Mohon instansi terkait memeriksa dan memperbaiki"
            + " keadaan ini secepatnya karena sangat mengganggu kegiatan sehari-hari warga, terutama anak sekolah dan"
            + " orang tua. Terima kasih atas perhatiannya.";

    private static final String FOLLOW_UP = "Terima kasih atas laporannya. Petugas kami telah meninjau lokasi dan"
            + " menindaklanjuti sesuai ketentuan; perbaikan dijadwalkan dalam anggaran berjalan.";

    /** Unit kinds (the code's prefix, as in V2: DINKES-OKI) that follow up a category, by top-level category. */
    private static final Map<String, String> UNIT_OF_CATEGORY = Map.ofEntries(
            Map.entry("HEALTH", "DINKES"),
            Map.entry("HEALTH_FACILITY", "DINKES"),
            Map.entry("MEDICINES", "DINKES"),
            Map.entry("CIVIL_REGISTRATION", "DISDUKCAPIL"),
            Map.entry("ID_CARD", "DISDUKCAPIL"),
            Map.entry("CIVIL_CERTIFICATE", "DISDUKCAPIL"),
            Map.entry("INFRASTRUCTURE", "DPUPR"),
            Map.entry("ROADS", "DPUPR"),
            Map.entry("EDUCATION", "DISDIK"),
            Map.entry("TRANSPORT", "DISHUB"));

    private static final Map<String, String> NATIONAL_OF_CATEGORY =
            Map.of("ELECTRICITY", "PLN", "HEALTH_INSURANCE", "BPJS-KESEHATAN", "SOCIAL_SECURITY", "BPJS-KESEHATAN");

    private final Catalogue catalogue;
    private final Instant now;
    private final long seed;

    ReportGenerator(Catalogue catalogue, Instant now, long seed) {
        this.catalogue = catalogue;
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
        this.seed = seed;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Reference data

    record Region(String code, String name, String level, String parentCode, String timeZone) {}

    record Agency(String code, String name, String level, String parentCode, String regionCode, String timeZone) {

        String kind() {
            var dash = code.indexOf('-');
            return dash < 0 ? code : code.substring(0, dash);
        }
    }

    record Category(String code, String complexity) {}

    record Integration(long id, String name, String regionCode, String agencyCode) {}

    /**
     * Regions and agencies at the size of Indonesia, to add to the ones Aduan seeds (V2): the 38 provinces
     * (Kemendagri codes, time zones by province), 13 regencies and cities in each, every government with a few units
     * (OPD) below it through {@code agency.parent_code}, and 28 more ministries. Names of regencies are made up;
     * codes never clash with the seeded ones, and a province with a seeded government keeps it.
     */
    record National(List<Region> regions, List<Agency> agencies) {

        private static final int REGENCIES_PER_PROVINCE = 10;
        private static final int CITIES_PER_PROVINCE = 3;

        private static final String[][] PROVINCES = {
            {"11", "Aceh"},
            {"12", "Sumatera Utara"},
            {"13", "Sumatera Barat"},
            {"14", "Riau"},
            {"15", "Jambi"},
            {"16", "Sumatera Selatan"},
            {"17", "Bengkulu"},
            {"18", "Lampung"},
            {"19", "Kepulauan Bangka Belitung"},
            {"21", "Kepulauan Riau"},
            {"31", "DKI Jakarta"},
            {"32", "Jawa Barat"},
            {"33", "Jawa Tengah"},
            {"34", "DI Yogyakarta"},
            {"35", "Jawa Timur"},
            {"36", "Banten"},
            {"51", "Bali"},
            {"52", "Nusa Tenggara Barat"},
            {"53", "Nusa Tenggara Timur"},
            {"61", "Kalimantan Barat"},
            {"62", "Kalimantan Tengah"},
            {"63", "Kalimantan Selatan"},
            {"64", "Kalimantan Timur"},
            {"65", "Kalimantan Utara"},
            {"71", "Sulawesi Utara"},
            {"72", "Sulawesi Tengah"},
            {"73", "Sulawesi Selatan"},
            {"74", "Sulawesi Tenggara"},
            {"75", "Gorontalo"},
            {"76", "Sulawesi Barat"},
            {"81", "Maluku"},
            {"82", "Maluku Utara"},
            {"91", "Papua"},
            {"92", "Papua Barat"},
            {"93", "Papua Selatan"},
            {"94", "Papua Tengah"},
            {"95", "Papua Pegunungan"},
            {"96", "Papua Barat Daya"}
        };

        private static final String[] PLACE_FIRST = {
            "Tanjung", "Sungai", "Bukit", "Muara", "Pulau", "Batu", "Tanah", "Lubuk", "Padang", "Teluk", "Kuala",
            "Gunung", "Rantau", "Air", "Karang", "Lembah", "Ujung"
        };
        private static final String[] PLACE_SECOND = {
            "Raya",
            "Baru",
            "Jaya",
            "Timur",
            "Barat",
            "Utara",
            "Selatan",
            "Tengah",
            "Indah",
            "Makmur",
            "Sari",
            "Mas",
            "Putih",
            "Hijau",
            "Lama",
            "Permai",
            "Sejahtera"
        };

        private static final String[][] UNITS = {
            {"DINKES", "Dinas Kesehatan"},
            {"DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil"},
            {"DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang"},
            {"DISDIK", "Dinas Pendidikan"},
            {"DISHUB", "Dinas Perhubungan"}
        };

        private static final String[][] MINISTRIES = {
            {"KEMENDIKDASMEN", "Kementerian Pendidikan Dasar dan Menengah"},
            {"KEMENAG", "Kementerian Agama"},
            {"KEMENSOS", "Kementerian Sosial"},
            {"KEMENPU", "Kementerian Pekerjaan Umum"},
            {"KEMENHUB", "Kementerian Perhubungan"},
            {"KEMENKEU", "Kementerian Keuangan"},
            {"KEMENKUM", "Kementerian Hukum"},
            {"KEMENTAN", "Kementerian Pertanian"},
            {"KLH", "Kementerian Lingkungan Hidup"},
            {"KEMNAKER", "Kementerian Ketenagakerjaan"},
            {"KEMENDAG", "Kementerian Perdagangan"},
            {"KEMENPERIN", "Kementerian Perindustrian"},
            {"KEMENDESA", "Kementerian Desa dan Pembangunan Daerah Tertinggal"},
            {"ATR-BPN", "Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional"},
            {"KOMDIGI", "Kementerian Komunikasi dan Digital"},
            {"ESDM", "Kementerian Energi dan Sumber Daya Mineral"},
            {"KKP", "Kementerian Kelautan dan Perikanan"},
            {"KEMENPANRB", "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"},
            {"KEMENKOP", "Kementerian Koperasi"},
            {"KEMENPAR", "Kementerian Pariwisata"},
            {"KEMENPORA", "Kementerian Pemuda dan Olahraga"},
            {"KEMENLU", "Kementerian Luar Negeri"},
            {"KEMHAN", "Kementerian Pertahanan"},
            {"KEMDIKTISAINTEK", "Kementerian Pendidikan Tinggi, Sains, dan Teknologi"},
            {"KEMENPPPA", "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak"},
            {"KEMENBUMN", "Kementerian Badan Usaha Milik Negara"},
            {"KEMENPKP", "Kementerian Perumahan dan Kawasan Permukiman"},
            {"KEMENIMIPAS", "Kementerian Imigrasi dan Pemasyarakatan"}
        };

        static National generate(Set<String> existingRegionCodes, List<Agency> existingAgencies) {
            var regions = new ArrayList<Region>();
            var agencies = new ArrayList<Agency>();
            var taken = new HashSet<String>();
            var provinceGovernments = new HashMap<String, String>();
            for (var agency : existingAgencies) {
                taken.add(agency.code());
                if (agency.level().equals("PROVINCE")) {
                    provinceGovernments.put(agency.regionCode(), agency.code());
                }
            }
            var place = 0;
            for (var province : PROVINCES) {
                var code = province[0];
                var zone = timeZone(code);
                if (!existingRegionCodes.contains(code)) {
                    regions.add(new Region(code, province[1], "PROVINCE", null, zone));
                }
                var provinceGovernment = provinceGovernments.get(code);
                if (provinceGovernment == null) {
                    provinceGovernment = "PEMPROV-" + code;
                    taken.add(provinceGovernment);
                    agencies.add(new Agency(
                            provinceGovernment, "Pemerintah Provinsi " + province[1], "PROVINCE", null, code, zone));
                    addUnits(agencies, taken, provinceGovernment, "Provinsi " + province[1], code, zone, 3);
                }
                for (var i = 0; i < REGENCIES_PER_PROVINCE + CITIES_PER_PROVINCE; i++) {
                    var city = i >= REGENCIES_PER_PROVINCE;
                    var number = city ? 71 + i - REGENCIES_PER_PROVINCE : 1 + i;
                    var regionCode = "%s.%02d".formatted(code, number);
                    if (existingRegionCodes.contains(regionCode)) {
                        continue;
                    }
                    var name = PLACE_FIRST[place % PLACE_FIRST.length] + " "
                            + PLACE_SECOND[(place / PLACE_FIRST.length) % PLACE_SECOND.length];
                    place++;
                    var placeName = (city ? "Kota " : "Kabupaten ") + name;
                    regions.add(new Region(regionCode, placeName, city ? "CITY" : "REGENCY", code, zone));
                    var government = (city ? "PEMKOT-" : "PEMKAB-") + regionCode.replace('.', '-');
                    taken.add(government);
                    agencies.add(new Agency(
                            government,
                            "Pemerintah " + placeName,
                            "REGENCY_CITY",
                            provinceGovernment,
                            regionCode,
                            zone));
                    addUnits(agencies, taken, government, placeName, regionCode, zone, 4 + place % 2);
                }
            }
            for (var ministry : MINISTRIES) {
                if (taken.add(ministry[0])) {
                    agencies.add(new Agency(ministry[0], ministry[1], "MINISTRY", null, null, "WIB"));
                }
            }
            return new National(regions, agencies);
        }

        /** The government's first {@code count} units, each named after its kind and place. */
        private static void addUnits(
                List<Agency> agencies,
                Set<String> taken,
                String government,
                String placeName,
                String regionCode,
                String zone,
                int count) {
            var suffix = government.substring(government.indexOf('-'));
            for (var i = 0; i < count; i++) {
                var code = UNITS[i][0] + suffix;
                if (taken.add(code)) {
                    agencies.add(new Agency(code, UNITS[i][1] + " " + placeName, "UNIT", government, regionCode, zone));
                }
            }
        }

        /** WIB in Sumatra, Java and West and Central Kalimantan; WITA from Bali to Sulawesi; WIT in Maluku, Papua. */
        static String timeZone(String provinceCode) {
            var code = Integer.parseInt(provinceCode);
            if (code >= 81) {
                return "WIT";
            }
            return code >= 51 && code != 61 && code != 62 ? "WITA" : "WIB";
        }
    }

    /**
     * What reports are filed about and routed to: the regencies and cities, each with a weight (a few busy ones, many
     * quiet ones), their governments and units, each province's government, the ministries and national bodies, the
     * categories and the partner systems.
     */
    static final class Catalogue {

        private final List<String> places = new ArrayList<>();
        private final double[] cumulativeWeights;
        private final Map<String, String> provinceOfPlace = new HashMap<>();
        private final Map<String, String> governmentOfRegion = new HashMap<>();
        private final Map<String, Map<String, String>> unitsOfGovernment = new HashMap<>();
        private final List<String> ministries = new ArrayList<>();
        private final List<Category> categories;
        private final List<Integration> integrations;

        Catalogue(
                List<Region> regions,
                List<Agency> agencies,
                List<Category> categories,
                List<Integration> integrations) {
            this.categories = List.copyOf(categories);
            this.integrations = List.copyOf(integrations);
            for (var agency : agencies) {
                switch (agency.level()) {
                    case "PROVINCE", "REGENCY_CITY" -> governmentOfRegion.put(agency.regionCode(), agency.code());
                    case "MINISTRY" -> ministries.add(agency.code());
                    default -> {}
                }
            }
            for (var agency : agencies) {
                if (agency.level().equals("UNIT") && agency.parentCode() != null) {
                    unitsOfGovernment
                            .computeIfAbsent(agency.parentCode(), government -> new LinkedHashMap<>())
                            .putIfAbsent(agency.kind(), agency.code());
                }
            }
            for (var region : regions) {
                if (region.parentCode() != null && governmentOfRegion.containsKey(region.code())) {
                    places.add(region.code());
                    provinceOfPlace.put(region.code(), region.parentCode());
                }
            }
            places.sort(null);
            // Zipf-like: the k-th place (in a fixed shuffled order) has weight 1 / k^0.8.
            var order = new ArrayList<>(places);
            Collections.shuffle(order, new Random(13));
            cumulativeWeights = new double[order.size()];
            var total = 0.0;
            for (var k = 0; k < order.size(); k++) {
                total += 1 / Math.pow(k + 1, 0.8);
                cumulativeWeights[k] = total;
            }
            places.clear();
            places.addAll(order);
        }

        String place(SplittableRandom random) {
            var target = random.nextDouble() * cumulativeWeights[cumulativeWeights.length - 1];
            var index = Arrays.binarySearch(cumulativeWeights, target);
            return places.get(index < 0 ? -index - 1 : index);
        }

        int places() {
            return places.size();
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // One report, step by step as ComplaintLifecycle writes it

    record Event(
            Instant occurredAt,
            TimelineEntryType type,
            ActorType actorType,
            String actor,
            String agencyCode,
            String body) {}

    /** A row of {@code complaint_assignment}, changed as {@code Assignment} changes it. */
    static final class AssignmentRow {
        final String agencyCode;
        AssignmentStatus status = AssignmentStatus.AWAITING_FOLLOW_UP;
        final Instant assignedAt;
        Instant clockStartedAt;
        int clockWorkingDays;
        int clockPausedWorkingDays;
        int totalPausedWorkingDays;
        Instant pausedSince;
        boolean reopened;
        Instant respondedAt;
        Instant overdueSince;
        Instant endedAt;
        long version;

        AssignmentRow(String agencyCode, Instant now, int firstResponseWorkingDays) {
            this.agencyCode = agencyCode;
            this.assignedAt = now;
            this.clockStartedAt = now;
            this.clockWorkingDays = firstResponseWorkingDays;
        }
    }

    /** A row of {@code complaint}, with its assignments and timeline, changed as {@code Complaint} changes it. */
    static final class Report {
        final long number;
        String trackingId;
        ReportType type;
        String title;
        String description;
        String categoryCode;
        String regionCode;
        String requestedAgencyCode;
        String locationAddress;
        Double latitude;
        Double longitude;
        String reporterName;
        String reporterEmail;
        String reporterPhone;
        boolean anonymous;
        boolean confidential;
        String language = "ID";
        Channel channel;
        Integration integration;
        ComplaintStatus status = ComplaintStatus.SUBMITTED;
        Complexity complexity;
        Integer completionWorkingDays;
        Instant submittedAt;
        Instant verificationStartedAt;
        boolean verificationOverdue;
        Instant deferredAt;
        Instant reporterWindowOpenedAt;
        Integer rating;
        Instant closedAt;
        long version;
        final List<AssignmentRow> assignments = new ArrayList<>();
        final List<Event> events = new ArrayList<>();

        Report(long number) {
            this.number = number;
        }

        private void append(
                Instant at, TimelineEntryType type, ActorType actorType, String actor, String agency, String body) {
            events.add(new Event(at, type, actorType, actor, agency, body));
        }

        private AssignmentRow active(String agencyCode) {
            return assignments.stream()
                    .filter(assignment -> assignment.status != AssignmentStatus.RETURNED)
                    .filter(assignment -> assignment.agencyCode.equals(agencyCode))
                    .findFirst()
                    .orElseThrow();
        }

        private void fromReporter(Instant at, TimelineEntryType type, String body) {
            append(at, type, ActorType.REPORTER, null, null, body);
        }

        void submit(Instant at) {
            submittedAt = at;
            verificationStartedAt = at;
            append(
                    at,
                    TimelineEntryType.SUBMITTED,
                    ActorType.REPORTER,
                    null,
                    null,
                    integration == null ? null : "Diterima melalui " + integration.name());
        }

        void markVerificationOverdue(Instant at) {
            verificationOverdue = true;
            version++;
            append(at, TimelineEntryType.VERIFICATION_OVERDUE, ActorType.SYSTEM, null, null, null);
        }

        void defer(Instant at) {
            status = ComplaintStatus.DEFERRED;
            deferredAt = at;
            version++;
            append(
                    at,
                    TimelineEntryType.DEFERRED,
                    ActorType.STAFF,
                    VERIFIER,
                    null,
                    "Mohon lengkapi alamat lokasi dan waktu kejadian.");
        }

        void answerDeferral(Instant at) {
            fromReporter(at, TimelineEntryType.REPORTER_MESSAGE, "Lokasinya di depan balai desa, sejak awal bulan.");
        }

        void resumeVerification(Instant at) {
            status = ComplaintStatus.SUBMITTED;
            deferredAt = null;
            verificationStartedAt = at;
            verificationOverdue = false;
            version++;
            append(at, TimelineEntryType.VERIFICATION_RESUMED, ActorType.SYSTEM, null, null, null);
        }

        void archive(Instant at, boolean byVerifier) {
            status = ComplaintStatus.ARCHIVED;
            closedAt = at;
            version++;
            if (byVerifier) {
                append(
                        at,
                        TimelineEntryType.ARCHIVED,
                        ActorType.STAFF,
                        VERIFIER,
                        null,
                        "Laporan tidak memuat cukup informasi untuk ditindaklanjuti.");
            } else {
                append(at, TimelineEntryType.ARCHIVED, ActorType.SYSTEM, null, null, SYSTEM_ARCHIVE_REASON);
            }
        }

        /** The verifier's routing; a report by SMS gets its category and region here. */
        void route(Instant at, String category, String region, Complexity complexity, List<String> agencies) {
            if (categoryCode == null) {
                categoryCode = category;
                append(
                        at,
                        TimelineEntryType.CATEGORY_CHANGED,
                        ActorType.STAFF,
                        VERIFIER,
                        null,
                        "belum ditentukan → " + category);
            }
            if (regionCode == null) {
                regionCode = region;
                append(
                        at,
                        TimelineEntryType.REGION_CHANGED,
                        ActorType.STAFF,
                        VERIFIER,
                        null,
                        "belum ditentukan → " + region);
            }
            status = ComplaintStatus.FORWARDED;
            verificationOverdue = false;
            this.complexity = complexity;
            this.completionWorkingDays = completionDays(type, complexity);
            version++;
            for (var agency : agencies) {
                assignments.add(new AssignmentRow(agency, at, 5));
                append(at, TimelineEntryType.ROUTED, ActorType.STAFF, VERIFIER, agency, null);
            }
        }

        void startHandling(Instant at, String agency) {
            if (status == ComplaintStatus.FORWARDED) {
                status = ComplaintStatus.IN_PROGRESS;
                version++;
                append(at, TimelineEntryType.HANDLING_STARTED, ActorType.STAFF, officer(agency), agency, null);
            }
        }

        void markFollowUpOverdue(Instant at, String agency) {
            var assignment = active(agency);
            if (assignment.overdueSince == null) {
                assignment.overdueSince = at;
            }
            assignment.version++;
            append(at, TimelineEntryType.FOLLOW_UP_OVERDUE, ActorType.SYSTEM, null, agency, null);
        }

        void escalate(Instant at, String agency, boolean national) {
            append(
                    at,
                    national
                            ? TimelineEntryType.ESCALATED_TO_NATIONAL_ADMINISTRATOR
                            : TimelineEntryType.ESCALATED_TO_SUPERVISOR,
                    ActorType.SYSTEM,
                    null,
                    agency,
                    null);
        }

        void requestInformation(Instant at, String agency) {
            var assignment = active(agency);
            assignment.status = AssignmentStatus.AWAITING_INFORMATION;
            assignment.pausedSince = at;
            assignment.version++;
            status = ComplaintStatus.IN_PROGRESS;
            version++;
            append(
                    at,
                    TimelineEntryType.INFORMATION_REQUESTED,
                    ActorType.STAFF,
                    officer(agency),
                    agency,
                    "Mohon kirimkan foto lokasi.");
        }

        void resumeFollowUp(Instant at, String agency, int pausedWorkingDays, boolean answered) {
            var assignment = active(agency);
            assignment.status = AssignmentStatus.AWAITING_FOLLOW_UP;
            assignment.pausedSince = null;
            assignment.clockPausedWorkingDays += pausedWorkingDays;
            assignment.totalPausedWorkingDays += pausedWorkingDays;
            assignment.version++;
            if (answered) {
                fromReporter(at, TimelineEntryType.REPORTER_MESSAGE, "Foto lokasi sudah saya kirim lewat surel.");
            } else {
                append(at, TimelineEntryType.INFORMATION_REQUEST_EXPIRED, ActorType.SYSTEM, null, agency, null);
            }
        }

        void returnForRerouting(Instant at, String agency) {
            append(
                    at,
                    TimelineEntryType.RETURNED_FOR_REROUTING,
                    ActorType.STAFF,
                    officer(agency),
                    agency,
                    "Bukan kewenangan kami: jalan tersebut jalan provinsi.");
        }

        void reroute(Instant at, String from, String to) {
            var assignment = active(from);
            assignment.status = AssignmentStatus.RETURNED;
            assignment.overdueSince = null;
            assignment.endedAt = at;
            assignment.version++;
            assignments.add(new AssignmentRow(to, at, 5));
            append(at, TimelineEntryType.REROUTED, ActorType.STAFF, VERIFIER, to, null);
        }

        void followUp(Instant at, String agency) {
            var assignment = active(agency);
            assignment.status = AssignmentStatus.FOLLOWED_UP;
            assignment.respondedAt = at;
            assignment.overdueSince = null;
            assignment.version++;
            status = ComplaintStatus.IN_PROGRESS;
            version++;
            append(at, TimelineEntryType.FOLLOWED_UP, ActorType.STAFF, officer(agency), agency, FOLLOW_UP);
        }

        void awaitReporter(Instant at) {
            status = ComplaintStatus.FOLLOWED_UP;
            reporterWindowOpenedAt = at;
            version++;
            append(at, TimelineEntryType.AWAITING_REPORTER, ActorType.SYSTEM, null, null, null);
        }

        void object(Instant at) {
            fromReporter(at, TimelineEntryType.OBJECTED, "Belum ada perbaikan di lokasi sampai hari ini.");
        }

        void reopen(Instant at) {
            status = ComplaintStatus.IN_PROGRESS;
            reporterWindowOpenedAt = null;
            version++;
            for (var assignment : assignments) {
                if (assignment.status != AssignmentStatus.RETURNED) {
                    assignment.status = AssignmentStatus.AWAITING_FOLLOW_UP;
                    assignment.reopened = true;
                    assignment.clockStartedAt = at;
                    assignment.clockWorkingDays = 5;
                    assignment.clockPausedWorkingDays = 0;
                    assignment.overdueSince = null;
                    assignment.version++;
                }
            }
        }

        void accept(Instant at, int stars) {
            rating = stars;
            version++;
            append(
                    at,
                    TimelineEntryType.ACCEPTED,
                    ActorType.REPORTER,
                    null,
                    null,
                    stars >= 4 ? stars + "/5 – Terima kasih, sudah diperbaiki." : stars + "/5");
            complete(at.plusSeconds(2), false);
        }

        void complete(Instant at, boolean withoutAnswer) {
            status = ComplaintStatus.COMPLETED;
            closedAt = at;
            version++;
            append(
                    at,
                    withoutAnswer ? TimelineEntryType.CLOSED_WITHOUT_ANSWER : TimelineEntryType.COMPLETED,
                    ActorType.SYSTEM,
                    null,
                    null,
                    null);
        }

        List<String> activeAgencies() {
            return assignments.stream()
                    .filter(assignment -> assignment.status != AssignmentStatus.RETURNED)
                    .map(assignment -> assignment.agencyCode)
                    .toList();
        }

        private static String officer(String agency) {
            return agency.toLowerCase(Locale.ROOT) + "-officer";
        }

        private static int completionDays(ReportType type, Complexity complexity) {
            if (type == ReportType.INFORMATION_REQUEST) {
                return 5;
            }
            return switch (complexity) {
                case SIMPLE -> 5;
                case STANDARD -> 14;
                case FIELD_INSPECTION -> 60;
            };
        }
    }

    /** Where a report ends up now, drawn before its story is told. */
    enum Fate {
        COMPLETED,
        ARCHIVED,
        NOT_YET_VERIFIED,
        DEFERRED,
        FORWARDED,
        IN_PROGRESS,
        OVERDUE,
        AWAITING_REPORTER
    }

    static Fate fate(double draw) {
        if (draw < 0.015) {
            return Fate.NOT_YET_VERIFIED;
        } else if (draw < 0.025) {
            return Fate.DEFERRED;
        } else if (draw < 0.040) {
            return Fate.FORWARDED;
        } else if (draw < 0.060) {
            return Fate.IN_PROGRESS;
        } else if (draw < 0.100) {
            return Fate.OVERDUE;
        } else if (draw < 0.115) {
            return Fate.AWAITING_REPORTER;
        } else if (draw < 0.210) {
            return Fate.ARCHIVED;
        }
        return Fate.COMPLETED;
    }

    /** The report numbered {@code number} (from 1), the same for the same seed and time. */
    Report report(long number) {
        var random = new SplittableRandom(seed * 1_000_003L + number);
        var report = new Report(number);
        report.trackingId = trackingId(number);
        var fate = fate(random.nextDouble());
        file(report, random);
        var place = catalogue.place(random);
        if (report.integration != null && catalogue.provinceOfPlace.containsKey(report.integration.regionCode())) {
            place = report.integration.regionCode();
        }
        var category = catalogue.categories.get(random.nextInt(catalogue.categories.size()));
        var agencies = agencies(random, place, category.code());
        if (random.nextDouble() < 0.3) {
            report.requestedAgencyCode = agencies.get(0);
        }
        if (report.channel != Channel.SMS) {
            report.categoryCode = category.code();
            report.regionCode = place;
        }
        var complexity = Complexity.valueOf(category.complexity());
        var hour = 3600L;
        var day = 24 * hour;
        switch (fate) {
            case NOT_YET_VERIFIED -> {
                var overdue = random.nextDouble() < 0.2;
                var age = overdue ? days(random, 5, 20) : random.nextLong(1, 4 * day);
                report.submit(now.minusSeconds(age));
                if (overdue) {
                    report.markVerificationOverdue(report.submittedAt.plusSeconds(4 * day));
                }
            }
            case DEFERRED -> {
                var submitted = now.minusSeconds(days(random, 1, 13));
                report.submit(submitted);
                report.defer(submitted.plusSeconds(random.nextLong(hour, day)));
            }
            case ARCHIVED -> {
                var byVerifier = random.nextDouble() < 0.6;
                var duration = byVerifier ? random.nextLong(hour, 3 * day) : 16 * day;
                var submitted = submittedAt(random, duration);
                report.submit(submitted);
                if (byVerifier) {
                    report.archive(submitted.plusSeconds(duration), true);
                } else {
                    var deferred = submitted.plusSeconds(random.nextLong(hour, day));
                    report.defer(deferred);
                    report.archive(deferred.plusSeconds(14 * day), false);
                }
            }
            case FORWARDED, IN_PROGRESS -> {
                var submitted = now.minusSeconds(days(random, 1, 6));
                var routed = verify(
                        report,
                        random,
                        submitted,
                        now.minusSeconds(hour),
                        category.code(),
                        place,
                        complexity,
                        agencies);
                if (fate == Fate.IN_PROGRESS) {
                    var agency = agencies.get(0);
                    var started = between(random, routed, now);
                    report.startHandling(started, agency);
                    if (random.nextDouble() < 0.15) {
                        report.requestInformation(between(random, started, now), agency);
                    }
                }
            }
            case OVERDUE -> {
                // Open and past its deadline: the backlog reaches back over the years, most of it recent.
                var submitted = random.nextDouble() < 0.5
                        ? now.minusSeconds(days(random, 10, 40))
                        : submittedAt(random, 10 * day);
                var agencyOfRecord = List.of(agencies.get(0));
                var routed = verify(
                        report,
                        random,
                        submitted,
                        submitted.plusSeconds(2 * day),
                        category.code(),
                        place,
                        complexity,
                        agencyOfRecord);
                var agency = agencyOfRecord.get(0);
                if (random.nextDouble() < 0.6) {
                    report.startHandling(routed.plusSeconds(random.nextLong(hour, 3 * day)), agency);
                }
                overdue(report, routed, now, agency);
            }
            case AWAITING_REPORTER -> {
                var submitted = now.minusSeconds(days(random, 3, 20));
                // The reporter's window (10 working days) is still open.
                var earliest = submitted.plusSeconds(2 * day);
                var windowOpen = now.minusSeconds(12 * day);
                var answered =
                        between(random, earliest.isAfter(windowOpen) ? earliest : windowOpen, now.minusSeconds(hour));
                var routed = verify(
                        report,
                        random,
                        submitted,
                        answered.minusSeconds(day),
                        category.code(),
                        place,
                        complexity,
                        agencies);
                answer(report, random, routed, answered);
                report.awaitReporter(answered.plusSeconds(1));
            }
            case COMPLETED -> completed(report, random, category.code(), place, complexity, agencies);
        }
        return report;
    }

    private void completed(
            Report report,
            SplittableRandom random,
            String category,
            String place,
            Complexity complexity,
            List<String> agencies) {
        var day = 86_400L;
        var deferral = random.nextDouble() < 0.03;
        var reroute = random.nextDouble() < 0.04;
        var late = random.nextDouble() < 0.15;
        var information = random.nextDouble() < 0.05;
        var objection = random.nextDouble() < 0.04;
        var accepted = random.nextDouble() < 0.45;
        // Days from filing: verification, re-routing, the answer (late ones past the 5 working days), the reporter.
        var slowVerification = !deferral && random.nextDouble() < 0.05;
        var verification = slowVerification
                ? random.nextLong(4 * day + 3_600, 8 * day)
                : random.nextLong(3_600, deferral ? 6 * day : 3 * day);
        var rerouting = reroute ? random.nextLong(day, 4 * day) : 0;
        var answer = late ? random.nextLong(8 * day, 40 * day) : random.nextLong(3_600, 6 * day);
        var second = objection ? random.nextLong(2 * day, 12 * day) : 0;
        var objectionWait = objection ? random.nextLong(3_600, 5 * day) : 0;
        var reporter = accepted ? random.nextLong(3_600, 10 * day) : 14 * day;
        var submitted = submittedAt(random, verification + rerouting + answer + objectionWait + second + reporter + 60);
        report.submit(submitted);
        var verified = submitted.plusSeconds(verification);
        if (deferral) {
            var deferred = submitted.plusSeconds(verification / 4);
            report.defer(deferred);
            report.answerDeferral(deferred.plusSeconds(verification / 4));
            report.resumeVerification(deferred.plusSeconds(verification / 4 + 1));
        } else if (slowVerification) {
            report.markVerificationOverdue(submitted.plusSeconds(4 * day));
        }
        report.route(verified, category, place, complexity, agencies);
        var handler = agencies.get(0);
        var clock = verified;
        if (reroute) {
            var returned = verified.plusSeconds(rerouting - day / 2);
            report.startHandling(verified.plusSeconds(rerouting / 3), handler);
            report.returnForRerouting(returned, handler);
            var to = otherAgency(random, handler, agencies);
            report.reroute(verified.plusSeconds(rerouting), handler, to);
            handler = to;
            clock = verified.plusSeconds(rerouting);
        }
        var answered = clock.plusSeconds(answer);
        for (var agency : report.activeAgencies()) {
            if (random.nextDouble() < 0.8) {
                report.startHandling(between(random, clock, clock.plusSeconds(answer / 4)), agency);
            }
        }
        if (information) {
            var asked = clock.plusSeconds(answer / 3);
            report.requestInformation(asked, handler);
            report.resumeFollowUp(
                    clock.plusSeconds(answer / 2), handler, (int) (answer / 6 / day), random.nextBoolean());
        }
        if (late) {
            overdue(report, clock, answered, handler);
        }
        for (var agency : report.activeAgencies()) {
            report.followUp(answered.minusSeconds(random.nextLong(0, 3_600)), agency);
        }
        var window = answered.plusSeconds(1);
        report.awaitReporter(window);
        if (objection) {
            var objected = window.plusSeconds(objectionWait);
            report.object(objected);
            report.reopen(objected.plusSeconds(1));
            var again = objected.plusSeconds(second);
            for (var agency : report.activeAgencies()) {
                report.followUp(again, agency);
            }
            window = again.plusSeconds(1);
            report.awaitReporter(window);
        }
        if (accepted) {
            report.accept(window.plusSeconds(reporter), stars(random));
        } else {
            report.complete(window.plusSeconds(reporter), true);
        }
    }

    /** Verification from filing to routing, by {@code latest}, with a verification overdue when it took long. */
    private Instant verify(
            Report report,
            SplittableRandom random,
            Instant submitted,
            Instant latest,
            String category,
            String place,
            Complexity complexity,
            List<String> agencies) {
        report.submit(submitted);
        var routed = between(
                random,
                submitted.plusSeconds(600),
                latest.isBefore(submitted.plusSeconds(3 * 86_400)) ? latest : submitted.plusSeconds(3 * 86_400));
        report.route(routed, category, place, complexity, agencies);
        return routed;
    }

    /** The answer of the first agency, as {@link #completed} gives it, for a report whose window is open now. */
    private static void answer(Report report, SplittableRandom random, Instant routed, Instant answered) {
        for (var agency : report.activeAgencies()) {
            if (random.nextDouble() < 0.8) {
                report.startHandling(between(random, routed, answered), agency);
            }
            report.followUp(answered, agency);
        }
    }

    /** The deadline (5 working days, a week) missed, and the escalations that follow while no answer comes. */
    private static void overdue(Report report, Instant routed, Instant until, String agency) {
        var day = 86_400L;
        var missed = routed.plusSeconds(7 * day);
        if (missed.isAfter(until)) {
            return;
        }
        report.markFollowUpOverdue(missed, agency);
        if (missed.plusSeconds(3 * day).isBefore(until)) {
            report.escalate(missed.plusSeconds(3 * day), agency, false);
        }
        if (missed.plusSeconds(7 * day).isBefore(until)) {
            report.escalate(missed.plusSeconds(7 * day), agency, true);
        }
    }

    /** Who filed it, through which door, and what they wrote. */
    private void file(Report report, SplittableRandom random) {
        var door = random.nextDouble();
        if (door < 0.05) {
            report.channel = Channel.SMS;
        } else if (door < 0.25 && !catalogue.integrations.isEmpty()) {
            report.channel = Channel.INTEGRATION;
            report.integration = catalogue.integrations.get(random.nextInt(catalogue.integrations.size()));
        } else if (door < 0.40) {
            report.channel = Channel.API;
        } else {
            report.channel = Channel.WEB;
        }
        var kind = random.nextDouble();
        report.type = kind < 0.80
                ? ReportType.COMPLAINT
                : kind < 0.92 ? ReportType.ASPIRATION : ReportType.INFORMATION_REQUEST;
        var title = TITLES[random.nextInt(TITLES.length)];
        report.description = title + "." + DESCRIPTION.substring(0, 120 + random.nextInt(DESCRIPTION.length() - 120));
        report.title = title;
        report.language = random.nextDouble() < 0.03 ? "EN" : "ID";
        report.anonymous = random.nextDouble() < 0.20;
        var phone = "+628%010d".formatted(random.nextLong(1_000_000_000L, 9_999_999_999L));
        if (report.channel == Channel.SMS) {
            // A report by SMS: the text's first words as its title, the phone only, confidential.
            report.title = title.substring(0, title.indexOf(' ', 20) < 0 ? title.length() : title.indexOf(' ', 20));
            report.reporterPhone = phone;
            report.confidential = true;
            report.anonymous = false;
            return;
        }
        report.confidential = random.nextDouble() < 0.055;
        if (!report.anonymous) {
            report.reporterName = "Warga " + report.number;
        }
        if (random.nextDouble() < 0.8) {
            report.reporterEmail = "pelapor" + report.number + "@contoh.id";
        } else {
            report.reporterPhone = phone;
        }
        if (random.nextDouble() < 0.4) {
            report.locationAddress = "Jl. Merdeka No. " + (1 + random.nextInt(200));
            report.latitude = -10 + random.nextDouble() * 16;
            report.longitude = 95 + random.nextDouble() * 46;
        }
    }

    /**
     * The agencies the verifier routes to: mostly the place's unit for the category, or its government; some reports
     * to the province, a ministry or a national body; 3% to two agencies at once.
     */
    private List<String> agencies(SplittableRandom random, String place, String category) {
        var first = agency(random, place, category);
        if (random.nextDouble() < 0.03) {
            var second = catalogue.governmentOfRegion.get(catalogue.provinceOfPlace.get(place));
            if (second != null && !second.equals(first)) {
                return List.of(first, second);
            }
        }
        return List.of(first);
    }

    private String agency(SplittableRandom random, String place, String category) {
        var draw = random.nextDouble();
        var national = NATIONAL_OF_CATEGORY.get(category);
        if (national != null && draw < 0.7) {
            return national;
        }
        if (draw > 0.92 && !catalogue.ministries.isEmpty()) {
            return catalogue.ministries.get(random.nextInt(catalogue.ministries.size()));
        }
        var government = draw > 0.87
                ? catalogue.governmentOfRegion.get(catalogue.provinceOfPlace.get(place))
                : catalogue.governmentOfRegion.get(place);
        if (government == null) {
            government = catalogue.governmentOfRegion.get(place);
        }
        var units = catalogue.unitsOfGovernment.getOrDefault(government, Map.of());
        var kind = UNIT_OF_CATEGORY.get(category);
        if (kind != null && units.containsKey(kind) && draw < 0.75) {
            return units.get(kind);
        }
        if (!units.isEmpty() && draw < 0.5) {
            var codes = new ArrayList<>(units.values());
            return codes.get(random.nextInt(codes.size()));
        }
        return government;
    }

    /** Another agency for a re-routed report: the government above a unit, or a unit of the same government. */
    private String otherAgency(SplittableRandom random, String from, List<String> routed) {
        var candidates = new ArrayList<String>();
        for (var entry : catalogue.unitsOfGovernment.entrySet()) {
            if (entry.getValue().containsValue(from)) {
                candidates.add(entry.getKey());
                candidates.addAll(entry.getValue().values());
            } else if (entry.getKey().equals(from)) {
                candidates.addAll(entry.getValue().values());
            }
        }
        candidates.removeAll(routed);
        if (candidates.isEmpty()) {
            candidates.addAll(catalogue.ministries);
            candidates.removeAll(routed);
        }
        return candidates.get(random.nextInt(candidates.size()));
    }

    /** Filing times over the last three years, with twice as many reports now as three years ago. */
    private Instant submittedAt(SplittableRandom random, long secondsToTell) {
        var x = -1 + Math.sqrt(1 + 3 * random.nextDouble());
        var latest = now.minusSeconds(secondsToTell + 60);
        var earliest = now.minus(HISTORY);
        var at = earliest.plusSeconds((long) (x * HISTORY.toSeconds()));
        return at.isAfter(latest) ? latest.minusSeconds(random.nextLong(0, 86_400)) : at;
    }

    private static long days(SplittableRandom random, int from, int to) {
        return random.nextLong(from * 86_400L, to * 86_400L);
    }

    private static Instant between(SplittableRandom random, Instant from, Instant to) {
        var seconds = Duration.between(from, to).toSeconds();
        return seconds <= 1 ? from : from.plusSeconds(random.nextLong(1, seconds));
    }

    private static int stars(SplittableRandom random) {
        var draw = random.nextDouble();
        return draw < 0.35 ? 5 : draw < 0.65 ? 4 : draw < 0.80 ? 3 : draw < 0.90 ? 2 : 1;
    }

    /** {@code ADU-XXXX-XXXX} as {@code TrackingIds} writes them, one-to-one from the report's number. */
    static String trackingId(long number) {
        var value = (number * TRACKING_MULTIPLIER) & ((1L << 40) - 1);
        var id = new char[8];
        for (var i = 7; i >= 0; i--) {
            id[i] = TRACKING_ALPHABET[(int) (value & 31)];
            value >>>= 5;
        }
        return "ADU-" + new String(id, 0, 4) + "-" + new String(id, 4, 4);
    }

    // ------------------------------------------------------------------------------------------------------------
    // COPY

    record Loaded(long reports, long assignments, long events, long tokens, double seconds) {}

    /** Adds the national regions and agencies to the database and reads what reports are routed among. */
    static Catalogue loadReference(Connection connection) throws SQLException {
        var regionCodes = new HashSet<String>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select code from region")) {
            while (rows.next()) {
                regionCodes.add(rows.getString(1));
            }
        }
        var national = National.generate(regionCodes, agencies(connection));
        var copy = ((PGConnection) connection.unwrap(PGConnection.class)).getCopyAPI();
        var regionRows = new StringBuilder();
        for (var region : national.regions()) {
            row(regionRows, region.code(), region.name(), region.level(), region.parentCode(), region.timeZone());
        }
        var agencyRows = new StringBuilder();
        for (var agency : national.agencies()) {
            var slug = agency.code().toLowerCase(Locale.ROOT);
            row(
                    agencyRows,
                    agency.code(),
                    agency.name(),
                    agency.level(),
                    agency.parentCode(),
                    agency.regionCode(),
                    agency.timeZone(),
                    slug + "-officers",
                    slug + "-supervisors",
                    slug + "-liaison");
        }
        try {
            copy.copyIn(
                    "copy region (code, name, level, parent_code, time_zone) from stdin",
                    new StringReader(regionRows.toString()));
            copy.copyIn(
                    "copy agency (code, name, level, parent_code, region_code, time_zone, officer_group_id,"
                            + " supervisor_group_id, liaison_group_id) from stdin",
                    new StringReader(agencyRows.toString()));
        } catch (IOException e) {
            throw new SQLException(e);
        }
        progress(
                "Added %d regions and %d agencies",
                national.regions().size(), national.agencies().size());
        var regions = new ArrayList<Region>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select code, name, level, parent_code, time_zone from region")) {
            while (rows.next()) {
                regions.add(new Region(
                        rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5)));
            }
        }
        var categories = new ArrayList<Category>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select code, default_complexity from category order by code")) {
            while (rows.next()) {
                categories.add(new Category(rows.getString(1), rows.getString(2)));
            }
        }
        var integrations = new ArrayList<Integration>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "select id, name, region_code, agency_code from integration order by id")) {
            while (rows.next()) {
                integrations.add(
                        new Integration(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4)));
            }
        }
        var all = agencies(connection).stream()
                .filter(agency -> !agency.code().equals("ADMIN-NASIONAL"))
                .toList();
        return new Catalogue(regions, all, categories, integrations);
    }

    private static List<Agency> agencies(Connection connection) throws SQLException {
        var agencies = new ArrayList<Agency>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "select code, name, level, parent_code, region_code, time_zone from agency order by code")) {
            while (rows.next()) {
                agencies.add(new Agency(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getString(6)));
            }
        }
        return agencies;
    }

    /**
     * Writes reports 1 to {@code count} with COPY, in batches, with the foreign-key triggers off for this session
     * when the tables have no triggers of their own (the rows refer to each other correctly by construction), then
     * moves the identity sequences past them.
     */
    Loaded load(Connection connection, int count) throws Exception {
        var copy = ((PGConnection) connection.unwrap(PGConnection.class)).getCopyAPI();
        try (var statement = connection.createStatement();
                var rows =
                        statement.executeQuery("select count(*) from pg_trigger where not tgisinternal and tgrelid in"
                                + " ('complaint'::regclass, 'complaint_access_token'::regclass,"
                                + " 'complaint_assignment'::regclass, 'complaint_event'::regclass)")) {
            rows.next();
            // A trigger of Aduan's own would not fire in replica mode: then the foreign keys are checked as well.
            if (rows.getLong(1) == 0) {
                statement.execute("set session_replication_role = replica");
            }
        }
        var ids = new long[4];
        for (var i = 0; i < 4; i++) {
            var table = new String[] {"complaint", "complaint_access_token", "complaint_assignment", "complaint_event"};
            try (var statement = connection.createStatement();
                    var rows = statement.executeQuery("select coalesce(max(id), 0) from " + table[i])) {
                rows.next();
                ids[i] = rows.getLong(1);
            }
        }
        var digest = MessageDigest.getInstance("SHA-256");
        var begin = System.nanoTime();
        var batch = 20_000;
        var every = Math.max(batch, count / 20 / batch * batch);
        long assignments = 0;
        long events = 0;
        for (long first = 1; first <= count; first += batch) {
            var complaints = new StringBuilder(batch * 900);
            var tokens = new StringBuilder(batch * 120);
            var assignmentRows = new StringBuilder(batch * 200);
            var eventRows = new StringBuilder(batch * 700);
            var last = Math.min(count, first + batch - 1);
            for (var number = first; number <= last; number++) {
                var report = report(number);
                var id = ++ids[0];
                complaintRow(complaints, id, report);
                row(tokens, ++ids[1], id, token(digest, report.trackingId), report.submittedAt, null);
                for (var assignment : report.assignments) {
                    row(
                            assignmentRows,
                            ++ids[2],
                            id,
                            assignment.agencyCode,
                            assignment.status,
                            assignment.assignedAt,
                            assignment.clockStartedAt,
                            assignment.clockWorkingDays,
                            assignment.clockPausedWorkingDays,
                            assignment.totalPausedWorkingDays,
                            assignment.pausedSince,
                            assignment.reopened,
                            assignment.respondedAt,
                            assignment.overdueSince,
                            assignment.endedAt,
                            assignment.version,
                            null);
                    assignments++;
                }
                var ordered = new ArrayList<>(report.events);
                ordered.sort(Comparator.comparing(Event::occurredAt));
                for (var event : ordered) {
                    row(
                            eventRows,
                            ++ids[3],
                            id,
                            event.occurredAt(),
                            event.type(),
                            event.actorType(),
                            event.actor(),
                            event.agencyCode(),
                            event.body());
                    events++;
                }
            }
            copy.copyIn(
                    "copy complaint (id, tracking_id, type, title, description, category_code, region_code,"
                            + " requested_agency_code, location_address, location_latitude, location_longitude, reporter_name,"
                            + " reporter_email, reporter_phone, anonymous, confidential, status, complexity,"
                            + " completion_working_days, submitted_at, verification_started_at, verification_overdue,"
                            + " deferred_at, reporter_window_opened_at, rating, closed_at, version, language, channel,"
                            + " integration_id, channel_name, external_reference, idempotency_key, reporter_sms_updates)"
                            + " from stdin",
                    new StringReader(complaints.toString()));
            copy.copyIn(
                    "copy complaint_access_token (id, complaint_id, token_hash, created_at, expires_at) from stdin",
                    new StringReader(tokens.toString()));
            copy.copyIn(
                    "copy complaint_assignment (id, complaint_id, agency_code, status, assigned_at,"
                            + " clock_started_at, clock_working_days, clock_paused_working_days, total_paused_working_days,"
                            + " paused_since, reopened, responded_at, overdue_since, ended_at, version, follow_up_instance_id)"
                            + " from stdin",
                    new StringReader(assignmentRows.toString()));
            copy.copyIn(
                    "copy complaint_event (id, complaint_id, occurred_at, type, actor_type, actor, agency_code,"
                            + " body) from stdin",
                    new StringReader(eventRows.toString()));
            if (last % every == 0 || last == count) {
                var seconds = (System.nanoTime() - begin) / 1e9;
                progress(
                        "  %,d reports (%,d assignments, %,d timeline entries) in %.0f s: %,.0f reports/s",
                        last, assignments, events, seconds, last / seconds);
            }
        }
        var seconds = (System.nanoTime() - begin) / 1e9;
        try (var statement = connection.createStatement()) {
            statement.execute("set session_replication_role = origin");
            for (var table :
                    List.of("complaint", "complaint_access_token", "complaint_assignment", "complaint_event")) {
                statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'),"
                        + " (select coalesce(max(id), 0) + 1 from " + table + "), false)");
            }
        }
        return new Loaded(count, assignments, events, count, seconds);
    }

    private void complaintRow(StringBuilder rows, long id, Report report) {
        var integration = report.integration;
        row(
                rows,
                id,
                report.trackingId,
                report.type,
                report.title,
                report.description,
                report.categoryCode,
                report.regionCode,
                report.requestedAgencyCode,
                report.locationAddress,
                coordinate(report.latitude),
                coordinate(report.longitude),
                report.reporterName,
                report.reporterEmail,
                report.reporterPhone,
                report.anonymous,
                report.confidential,
                report.status,
                report.complexity,
                report.completionWorkingDays,
                report.submittedAt,
                report.verificationStartedAt,
                report.verificationOverdue,
                report.deferredAt,
                report.reporterWindowOpenedAt,
                report.rating,
                report.closedAt,
                report.version,
                report.language,
                report.channel,
                integration == null ? null : integration.id(),
                integration == null ? null : integration.name(),
                integration == null ? null : "EXT-" + report.number,
                null,
                false);
    }

    private static String coordinate(Double degrees) {
        return degrees == null ? null : String.format(Locale.ROOT, "%.6f", degrees);
    }

    private static String token(MessageDigest digest, String trackingId) {
        return HexFormat.of().formatHex(digest.digest(("token:" + trackingId).getBytes(StandardCharsets.UTF_8)));
    }

    /** One line of COPY's text format: tab-separated, {@code \N} for null, backslash, tab and newline escaped. */
    static void row(StringBuilder rows, Object... values) {
        for (var i = 0; i < values.length; i++) {
            if (i > 0) {
                rows.append('\t');
            }
            var value = values[i];
            if (value == null) {
                rows.append("\\N");
            } else if (value instanceof Boolean bool) {
                rows.append(bool ? 't' : 'f');
            } else {
                var text = value.toString();
                for (var c = 0; c < text.length(); c++) {
                    var character = text.charAt(c);
                    switch (character) {
                        case '\\' -> rows.append("\\\\");
                        case '\t' -> rows.append("\\t");
                        case '\n' -> rows.append("\\n");
                        case '\r' -> rows.append("\\r");
                        default -> rows.append(character);
                    }
                }
            }
        }
        rows.append('\n');
    }
}
