package id.aduan.integration.process;

/** Ids in {@code bpmn/WebhookDeliveryProcess.bpmn} that Java refers to. */
public final class WebhookDeliveryProcess {

    public static final String PROCESS_ID = "WebhookDeliveryProcess";

    public static final String START_EVENT_WEBHOOK_QUEUED = "StartEvent_WebhookQueued";
    public static final String SEND_TASK_DELIVER_WEBHOOK = "SendTask_DeliverWebhook";
    public static final String END_EVENT_WEBHOOK_DELIVERED = "EndEvent_WebhookDelivered";

    private WebhookDeliveryProcess() {}
}
