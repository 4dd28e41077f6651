package id.aduan.integration;

/** Whether a partner's keys open anything. */
public enum IntegrationStatus {
    ACTIVE,
    /** Its keys are refused with 403 until an administrator makes it active again. */
    SUSPENDED
}
