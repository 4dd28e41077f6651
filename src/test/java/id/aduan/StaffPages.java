package id.aduan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Sends the forms of Aduan's staff pages as a signed-in user's browser would: with the page's CSRF token and cookies. */
public final class StaffPages {

    public static final String FORM = "application/x-www-form-urlencoded";

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private StaffPages() {}

    /** Opens the page, then posts the form to the path with the token of the page and the cookies that came with it. */
    public static ApiClient.Response submit(ApiClient user, String page, String path, String form) {
        var opened = user.get(page);
        assertThat(opened.status()).as(opened.text()).isEqualTo(200);
        var token = CSRF_FIELD.matcher(opened.text());
        assertThat(token.find()).as("a CSRF token in the page's forms").isTrue();
        var cookies = opened.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.split(";", 2)[0])
                .collect(Collectors.joining("; "));
        var client = cookies.isEmpty() ? user : user.with("Cookie", cookies);
        var body = form + (form.isEmpty() ? "" : "&") + "_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        return client.send("POST", path, FORM, body);
    }
}
