package id.aduan.installation.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A webhook another installation sent, by its {@code webhook-id}: a repeat of it is dropped. */
@Entity
@Table(name = "installation_event")
public class ReceivedEvent {

    @EmbeddedId
    private Key key;

    private String type;

    private Instant receivedAt;

    protected ReceivedEvent() {}

    public ReceivedEvent(long integrationId, String webhookId, String type, Instant now) {
        this.key = new Key(integrationId, webhookId);
        this.type = type;
        this.receivedAt = now;
    }

    public String getType() {
        return type;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    @Embeddable
    public record Key(long integrationId, String webhookId) implements Serializable {}
}
