package id.aduan.installation;

import id.aduan.system.ProblemDetails;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A webhook of a connected installation that this one does not take: its signature, its report, or its moment. */
public class InstallationEventException extends ErrorResponseException {

    InstallationEventException(HttpStatus status, String title, String detail) {
        super(status, ProblemDetails.of(status, title, detail), null);
    }

    static InstallationEventException badSignature(long integrationId) {
        return new InstallationEventException(
                HttpStatus.UNAUTHORIZED,
                "Bad signature",
                "The webhook is not signed with the secret this installation saved for integration " + integrationId
                        + " (or its timestamp is more than five minutes away): compare the webhook secret saved"
                        + " here with the one the sending installation issued.");
    }

    static InstallationEventException suspended(long integrationId) {
        return new InstallationEventException(
                HttpStatus.FORBIDDEN,
                "Connection suspended",
                "This installation suspended its connection to integration " + integrationId + ": its webhooks wait"
                        + " until an administrator here sets it ACTIVE again.");
    }

    static InstallationEventException unknownReport(long integrationId, String reference) {
        return new InstallationEventException(
                HttpStatus.NOT_FOUND,
                "No such forwarded report",
                "No report " + reference + " was forwarded to integration " + integrationId + ".");
    }

    static InstallationEventException notWaiting(String trackingId) {
        return new InstallationEventException(
                HttpStatus.CONFLICT,
                "Not possible in the current status",
                "Report " + trackingId + " cannot take the decision of the installation it was forwarded to yet (its"
                        + " follow-up here is not at the step that waits for it): send the webhook again later.");
    }
}
