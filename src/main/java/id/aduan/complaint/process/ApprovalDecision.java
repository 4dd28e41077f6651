package id.aduan.complaint.process;

/** The values of {@code approvalDecision} in the liaison officer's approval form. */
enum ApprovalDecision {
    APPROVE,
    RETURN
}
