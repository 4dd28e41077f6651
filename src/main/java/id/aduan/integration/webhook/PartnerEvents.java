package id.aduan.integration.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.agency.Agency;
import id.aduan.agency.AgencyService;
import id.aduan.complaint.AgencyDeadlines;
import id.aduan.complaint.TimelineEntryAdded;
import id.aduan.complaint.TimelineEntryType;
import id.aduan.integration.internal.Integration;
import id.aduan.integration.internal.IntegrationRepository;
import id.aduan.integration.internal.PartnerEvent;
import id.aduan.integration.internal.PartnerEventRepository;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what a partner hears about the reports it filed: each timeline entry their reporter reads (but Aduan's own
 * failed e-mails to them, which the partner did not send and whose SMTP text is not for it), as the JSON
 * that webhooks and the change feed send, numbered per partner, in the transaction that added the entry. Nothing of
 * reports it did not file, no staff user, nothing of the reporter that the reporter's own view does not show.
 */
@Component
public class PartnerEvents {

    private final PartnerEventRepository events;
    private final IntegrationRepository integrations;
    private final AgencyService agencies;
    private final AgencyDeadlines deadlines;
    private final ObjectMapper json;
    private final Clock clock;

    PartnerEvents(
            PartnerEventRepository events,
            IntegrationRepository integrations,
            AgencyService agencies,
            AgencyDeadlines deadlines,
            ObjectMapper json,
            Clock clock) {
        this.events = events;
        this.integrations = integrations;
        this.agencies = agencies;
        this.deadlines = deadlines;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records the entry for the partner that filed the report, if one did and the reporter reads it.
     *
     * @return the event, when its partner's callback is active and a webhook is to deliver it
     */
    @Transactional
    public Optional<PartnerEvent> record(TimelineEntryAdded entry) {
        if (entry.integrationId() == null
                || !entry.visibleToReporter()
                || entry.type() == TimelineEntryType.NOTIFICATION_FAILED) {
            return Optional.empty();
        }
        long integrationId = entry.integrationId();
        if (events.takePosition(integrationId) != 1) {
            throw new IllegalStateException("Integration " + integrationId + " has no event counter");
        }
        var position = events.lastPosition(integrationId);
        var type = typeOf(entry.type());
        var event = events.save(new PartnerEvent(
                integrationId,
                position,
                entry.complaintId(),
                entry.trackingId(),
                entry.entryId(),
                type,
                payload(PartnerEvent.eventId(integrationId, position), position, type, entry),
                clock.instant()));
        var callbackActive = integrations
                .findById(integrationId)
                .map(Integration::isCallbackActive)
                .orElse(false);
        return callbackActive ? Optional.of(event) : Optional.empty();
    }

    /** Binds the event to the process instance that delivers it, which is how its job finds it. */
    @Transactional
    public void deliveredBy(PartnerEvent event, String processInstanceId) {
        event.deliveredBy(processInstanceId);
    }

    /** The event's type as partners read it: {@code report.routed}, {@code report.followed-up} … */
    static String typeOf(TimelineEntryType type) {
        return "report." + type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private String payload(String eventId, long position, String type, TimelineEntryAdded entry) {
        var data = new LinkedHashMap<String, Object>();
        data.put("trackingId", entry.trackingId());
        data.put("externalReference", entry.externalReference());
        data.put("label", entry.type().labelId());
        data.put("labelEn", entry.type().labelEn());
        data.put("agency", entry.agencyCode() == null ? null : agency(entry.complaintId(), entry.agencyCode()));
        data.put("text", entry.text());
        var payload = new LinkedHashMap<String, Object>();
        payload.put("id", eventId);
        payload.put("position", position);
        payload.put("type", type);
        payload.put("timestamp", entry.occurredAt().toString());
        payload.put("data", data);
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A partner event cannot be written as JSON", e);
        }
    }

    /**
     * The agency the entry is about, with its deadlines on the report as they stand after the entry: its follow-up
     * deadline ({@code followUpDueAt}, null while it waits for the reporter or once it answered) and its completion
     * target ({@code completionDueAt}), both null once it has no part in the report or the report is closed.
     */
    private Map<String, String> agency(long complaintId, String code) {
        var name = agencies.find(code).map(Agency::getName).orElse(code);
        var due = deadlines.current(complaintId, code);
        var agency = new LinkedHashMap<String, String>();
        agency.put("code", code);
        agency.put("name", name);
        agency.put(
                "followUpDueAt",
                due.map(AgencyDeadlines.AgencyDue::followUpDue)
                        .map(Object::toString)
                        .orElse(null));
        agency.put(
                "completionDueAt",
                due.map(AgencyDeadlines.AgencyDue::completionDue)
                        .map(Object::toString)
                        .orElse(null));
        return agency;
    }
}
