package id.aduan.notification.process;

/** Ids in {@code bpmn/NotificationDeliveryProcess.bpmn} that Java refers to. */
public final class NotificationDeliveryProcess {

    public static final String PROCESS_ID = "NotificationDeliveryProcess";

    public static final String START_EVENT_EMAIL_QUEUED = "StartEvent_EmailQueued";
    public static final String SEND_TASK_DELIVER_EMAIL = "SendTask_DeliverEmail";
    public static final String END_EVENT_EMAIL_DELIVERED = "EndEvent_EmailDelivered";

    /** The outbox batch one instance delivers. */
    public static final String NOTIFICATION_BATCH_ID = "notificationBatchId";

    /** The input parameter of a send task that names the {@code NotificationKind} it queues. */
    public static final String NOTIFICATION = "notification";

    private NotificationDeliveryProcess() {}
}
