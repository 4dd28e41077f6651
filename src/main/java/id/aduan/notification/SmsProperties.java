package id.aduan.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SMS to reporters through the SMS gateway's {@code sendsms} interface ({@code aduan.notification.sms.*}; README, SMS
 * 1708).
 *
 * @param enabled whether reporters who gave a phone and no e-mail address get SMS; while false no SMS is queued
 * @param sendsmsUrl Kannel's sendsms address, such as {@code http://127.0.0.1:13013/cgi-bin/sendsms}
 * @param username the {@code sendsms-user} of kannel.conf
 * @param password its password
 * @param sender the short code the SMS come from ({@code from})
 * @param deliveryReportUrl where Kannel reports what became of each SMS: Aduan's {@code
 *     /api/sms/kannel/delivery-report} with {@code ?secret=} the gateway's secret ({@code aduan.sms.gateway.secret});
 *     empty asks for no delivery reports
 * @param connectTimeout how long to wait for a connection to Kannel
 * @param readTimeout how long to wait for its answer: well below {@code aduan.notification.claim-timeout}, or a
 *     slow gateway could let a second job send the same SMS
 */
@ConfigurationProperties(prefix = "aduan.notification.sms")
public record SmsProperties(
        @DefaultValue("false") boolean enabled,
        String sendsmsUrl,
        String username,
        String password,
        @DefaultValue("1708") String sender,
        String deliveryReportUrl,
        @DefaultValue("PT5S") Duration connectTimeout,
        @DefaultValue("PT10S") Duration readTimeout) {

    @Override
    public String toString() {
        return "SmsProperties[enabled=" + enabled + ", sendsmsUrl=" + sendsmsUrl + ", sender=" + sender + "]";
    }
}
