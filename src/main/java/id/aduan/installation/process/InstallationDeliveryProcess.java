package id.aduan.installation.process;

/** Ids in {@code bpmn/InstallationDeliveryProcess.bpmn} that Java refers to. */
public final class InstallationDeliveryProcess {

    public static final String PROCESS_ID = "InstallationDeliveryProcess";

    public static final String START_EVENT_DELIVERY_QUEUED = "StartEvent_DeliveryQueued";
    public static final String SEND_TASK_DELIVER_TO_INSTALLATION = "SendTask_DeliverToInstallation";
    public static final String END_EVENT_DELIVERED = "EndEvent_Delivered";

    private InstallationDeliveryProcess() {}
}
