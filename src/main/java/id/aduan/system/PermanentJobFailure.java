package id.aduan.system;

/**
 * A job's failure that retrying cannot fix, such as a key the other side refuses: the engine leaves the job no
 * retries and shows the incident at once, with the exception's message saying what to fix before retrying it in
 * Cockpit ({@link PermanentJobFailurePlugin}). Other failures are retried as the job's retry cycle says.
 */
public interface PermanentJobFailure {}
