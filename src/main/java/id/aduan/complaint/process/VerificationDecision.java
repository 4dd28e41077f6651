package id.aduan.complaint.process;

/** The values of {@code verificationDecision} in the verification form. */
enum VerificationDecision {
    VERIFY,
    DEFER,
    ARCHIVE
}
