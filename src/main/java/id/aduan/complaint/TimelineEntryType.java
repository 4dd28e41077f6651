package id.aduan.complaint;

/** What happened to a report, with who may read it and how it reads in Indonesian and English. */
public enum TimelineEntryType {
    SUBMITTED(Visibility.PUBLIC, "Laporan diterima", "Report received"),
    VERIFICATION_OVERDUE(Visibility.STAFF, "Batas waktu verifikasi terlewati", "Verification deadline missed"),
    DEFERRED(
            Visibility.REPORTER,
            "Laporan ditunda: pelapor diminta melengkapi",
            "Deferred: the reporter is asked for more information"),
    REPORTER_MESSAGE(Visibility.REPORTER, "Pesan dari pelapor", "Message from the reporter"),
    /** The verifier set a title, category or region (text: "old → new"): the reporter sees what staff changed. */
    TITLE_CHANGED(Visibility.REPORTER, "Judul diubah", "Title changed"),
    CATEGORY_CHANGED(Visibility.REPORTER, "Kategori diubah", "Category changed"),
    REGION_CHANGED(Visibility.REPORTER, "Wilayah diubah", "Region changed"),
    /**
     * The verifier marked the report anonymous or confidential (flags staff only ever set): the reporter sees it; the
     * entry has no text.
     */
    MARKED_ANONYMOUS(
            Visibility.REPORTER,
            "Identitas pelapor dirahasiakan (anonim)",
            "The reporter's identity is now hidden (anonymous)"),
    MARKED_CONFIDENTIAL(
            Visibility.REPORTER,
            "Laporan dijadikan rahasia: isinya tidak dipublikasikan",
            "The report is now confidential: its content is not public"),
    VERIFICATION_RESUMED(Visibility.REPORTER, "Verifikasi dilanjutkan", "Verification resumed"),
    ARCHIVED(Visibility.PUBLIC, "Laporan diarsipkan", "Report archived"),
    ROUTED(Visibility.PUBLIC, "Laporan diteruskan ke instansi", "Report forwarded to an agency"),
    HANDLING_STARTED(Visibility.PUBLIC, "Laporan diproses", "The agency started handling the report"),
    FOLLOW_UP_OVERDUE(Visibility.PUBLIC, "Batas waktu tindak lanjut terlewati", "Follow-up deadline missed"),
    ESCALATED_TO_SUPERVISOR(Visibility.STAFF, "Dieskalasi ke atasan instansi", "Escalated to the agency's supervisor"),
    ESCALATED_TO_NATIONAL_ADMINISTRATOR(
            Visibility.STAFF, "Dieskalasi ke admin nasional", "Escalated to the national administrator"),
    ESCALATION_NOTE(Visibility.STAFF, "Catatan eskalasi", "Escalation note"),
    INFORMATION_REQUESTED(
            Visibility.REPORTER, "Instansi meminta informasi tambahan", "The agency asked for more information"),
    INFORMATION_REQUEST_EXPIRED(
            Visibility.REPORTER, "Permintaan informasi tidak dijawab", "Information request not answered"),
    RETURNED_FOR_REROUTING(
            Visibility.REPORTER,
            "Instansi menyatakan bukan wewenangnya",
            "The agency declared it is not its authority"),
    /**
     * An agency declared a report another Aduan installation forwarded not its authority (text: its reason): the report
     * ends here, and that installation routes it again. Its partner event, {@code report.returned-to-origin}, tells it.
     */
    RETURNED_TO_ORIGIN(
            Visibility.REPORTER,
            "Instansi menyatakan bukan wewenangnya: laporan dikembalikan ke instalasi asal",
            "The agency declared it is not its authority: the report is returned to the installation it came from"),
    REROUTED(Visibility.PUBLIC, "Laporan dialihkan ke instansi lain", "Report re-routed to another agency"),
    /**
     * The agency (the entry's) is served by another Aduan installation, which took the report: the text names it and
     * the tracking ID it gave the report ("Diteruskan ke Aduan Nasional (ADU-7K3M-9QXH)").
     */
    FORWARDED_TO_INSTALLATION(
            Visibility.PUBLIC, "Diteruskan ke instalasi Aduan lain", "Forwarded to another Aduan installation"),
    /**
     * The installation the agency (the entry's) is served by refused the reporter's objection for good, because its
     * report there had closed before the objection arrived (text: which installation and report, and when the reporter
     * objected): the national administrators are told, and someone tells the reporter.
     */
    OBJECTION_NOT_DELIVERED(
            Visibility.STAFF,
            "Sanggahan pelapor tidak dapat diteruskan ke instalasi Aduan lain",
            "The reporter's objection could not reach the other Aduan installation"),
    /** The government's coordinator dispatched the report to a unit (the entry's agency), with a note. */
    DISPATCHED_TO_UNIT(Visibility.STAFF, "Didisposisikan ke unit kerja", "Dispatched to a unit"),
    DISPATCH_OVERDUE(Visibility.STAFF, "Batas waktu disposisi terlewati", "Dispatch deadline missed"),
    /** A unit, or an agency whose own answer needs approval, wrote the answer (the entry's agency says which). */
    UNIT_ANSWER_DRAFTED(Visibility.STAFF, "Jawaban disusun", "Answer drafted"),
    UNIT_DRAFT_OVERDUE(
            Visibility.STAFF, "Batas waktu penyusunan jawaban terlewati", "The unit's draft deadline missed"),
    UNIT_ANSWER_APPROVED(
            Visibility.STAFF, "Jawaban disetujui pejabat penghubung", "The liaison officer approved the answer"),
    UNIT_ANSWER_RETURNED(
            Visibility.STAFF, "Jawaban dikembalikan pejabat penghubung", "The liaison officer returned the answer"),
    APPROVAL_OVERDUE(Visibility.STAFF, "Batas waktu persetujuan terlewati", "Approval deadline missed"),
    FOLLOWED_UP(Visibility.PUBLIC, "Tindak lanjut instansi", "Agency follow-up"),
    AWAITING_REPORTER(Visibility.REPORTER, "Menunggu tanggapan pelapor", "Waiting for the reporter's answer"),
    OBJECTED(Visibility.REPORTER, "Pelapor menyanggah tindak lanjut", "The reporter objected to the follow-up"),
    ACCEPTED(Visibility.PUBLIC, "Pelapor menerima tindak lanjut", "The reporter accepted the follow-up"),
    COMPLETED(Visibility.PUBLIC, "Laporan selesai", "Report completed"),
    CLOSED_WITHOUT_ANSWER(
            Visibility.PUBLIC, "Laporan selesai tanpa tanggapan pelapor", "Completed without the reporter's answer"),
    NOTIFICATION_FAILED(
            Visibility.REPORTER, "Pemberitahuan tidak dapat dikirim", "A notification could not be delivered");

    private final Visibility visibility;
    private final String labelId;
    private final String labelEn;

    TimelineEntryType(Visibility visibility, String labelId, String labelEn) {
        this.visibility = visibility;
        this.labelId = labelId;
        this.labelEn = labelEn;
    }

    public Visibility visibility() {
        return visibility;
    }

    public String labelId() {
        return labelId;
    }

    public String labelEn() {
        return labelEn;
    }
}
