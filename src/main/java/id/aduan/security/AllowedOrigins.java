package id.aduan.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Other sites whose pages may send requests that change something to Aduan's APIs from a browser
 * ({@code aduan.security.allowed-origins}, such as {@code https://lapor.example.go.id}); Aduan's own address and
 * {@code aduan.notification.public-base-url} always may.
 */
@ConfigurationProperties(prefix = "aduan.security")
record AllowedOrigins(@DefaultValue List<String> allowedOrigins) {}
