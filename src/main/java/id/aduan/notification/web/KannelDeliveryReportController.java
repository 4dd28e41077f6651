package id.aduan.notification.web;

import id.aduan.notification.SmsDeliveryReports;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Kannel's delivery reports about the SMS Aduan sent: the {@code dlr-url} of each sendsms call, which names the
 * notification. Only the SMS gateway reaches it (its addresses and the shared secret, {@code aduan.sms.gateway.*}).
 */
@RestController
class KannelDeliveryReportController {

    private final SmsDeliveryReports reports;

    KannelDeliveryReportController(SmsDeliveryReports reports) {
        this.reports = reports;
    }

    /** Records one delivery report; Kannel reads nothing from the answer. */
    @ApiResponse(responseCode = "200", description = "Recorded, or a final report came first and stays")
    @ApiResponse(responseCode = "400", description = "A parameter is missing or wrong; errors names it")
    @ApiResponse(responseCode = "401", description = "Not the gateway's secret")
    @ApiResponse(responseCode = "403", description = "Not from one of the gateway's addresses")
    @ApiResponse(responseCode = "404", description = "No SMS has the id in notification")
    @GetMapping(value = "/api/sms/kannel/delivery-report", produces = MediaType.TEXT_PLAIN_VALUE)
    String report(
            @Parameter(description = "The SMS's id, as Aduan put it in the dlr-url") @RequestParam long notification,
            @Parameter(
                            description =
                                    "Kannel's %d: 1 delivered, 2 failed, 4 buffered, 8 accepted by the SMS centre,"
                                            + " 16 rejected")
                    @RequestParam
                    int type,
            @Parameter(description = "Kannel's %A: the SMS centre's answer") @RequestParam(required = false)
                    String answer) {
        reports.record(notification, type, answer);
        return "";
    }
}
