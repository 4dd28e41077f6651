package id.aduan.installation;

import id.aduan.system.PermanentJobFailure;

/** A call to a connected installation was not taken: the delivery job fails and is retried. */
public class InstallationDeliveryException extends RuntimeException {

    InstallationDeliveryException(String message) {
        super(message);
    }

    /**
     * The other installation refused the call, or it cannot be made, for a reason retrying will not fix: the job gets
     * no retries, and the incident says what to fix.
     */
    static class Refused extends InstallationDeliveryException implements PermanentJobFailure {

        Refused(String message) {
            super(message);
        }
    }
}
