package id.aduan.notification;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when neither {@code spring.mail.host} nor a JNDI mail session is configured. */
class NoMailHostConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var environment = context.getEnvironment();
        return !StringUtils.hasText(environment.getProperty("spring.mail.host"))
                && !StringUtils.hasText(environment.getProperty("spring.mail.jndi-name"));
    }
}
