/**
 * SMS 1708 from citizens: the SMS gateway (Kannel's smsbox) hands Aduan each incoming SMS
 * ({@code /api/sms/kannel/incoming}), and Aduan's answer is the reply SMS. Keywords file a report, check one, answer
 * the staff, accept or object ({@link id.aduan.sms.SmsService}), with the sender's number as the reporter's credential;
 * per-number limits and a blocklist that administrators edit ({@link id.aduan.sms.SmsBlocklist}) keep abuse out. The
 * number stays in Aduan's own tables: logs show it masked, and what Aduan counts and remembers of a number is kept
 * under an HMAC of it.
 */
package id.aduan.sms;
