package id.aduan.integration.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class PartnerWebConfiguration implements WebMvcConfigurer {

    private final PartnerKeys partnerKeys;

    PartnerWebConfiguration(PartnerKeys partnerKeys) {
        this.partnerKeys = partnerKeys;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(partnerKeys);
    }
}
