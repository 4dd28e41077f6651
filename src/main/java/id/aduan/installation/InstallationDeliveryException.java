package id.aduan.installation;

/** A call to a connected installation was not taken: the delivery job fails and is retried. */
public class InstallationDeliveryException extends RuntimeException {

    InstallationDeliveryException(String message) {
        super(message);
    }
}
