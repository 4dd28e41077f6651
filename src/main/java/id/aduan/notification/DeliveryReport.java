package id.aduan.notification;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the SMS gateway reported about an SMS after taking it (Kannel's delivery report types, {@code dlr-mask=31}).
 * Reports arrive in any order; a final one is never replaced by an intermediate one that arrives later.
 */
public enum DeliveryReport {
    /** The phone received it. */
    DELIVERED(1, true),
    /** The operator could not deliver it (such as a number that does not exist). */
    FAILED(2, true),
    /** Waiting in the operator's network (the phone is off or out of reach). */
    BUFFERED(4, false),
    /** The operator's SMS centre accepted it. */
    ACCEPTED(8, false),
    /** The operator's SMS centre refused it. */
    REJECTED(16, true);

    private final int kannelType;
    private final boolean last;

    DeliveryReport(int kannelType, boolean last) {
        this.kannelType = kannelType;
        this.last = last;
    }

    /** The report of a Kannel delivery report type ({@code %d}: 1, 2, 4, 8 or 16). */
    public static Optional<DeliveryReport> ofKannelType(int type) {
        return Arrays.stream(values())
                .filter(report -> report.kannelType == type)
                .findFirst();
    }

    /** Whether nothing can follow it: delivered, failed or rejected. */
    public boolean isFinal() {
        return last;
    }

    /** Whether the SMS did not reach the phone, for good. */
    public boolean isFailure() {
        return this == FAILED || this == REJECTED;
    }
}
