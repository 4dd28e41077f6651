package id.aduan.integration.web;

import id.aduan.integration.Partner;
import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The partner API's {@link Partner} parameters, resolved from the request's key and left out of the API document. */
@Configuration(proxyBeanMethods = false)
class PartnerWebConfiguration implements WebMvcConfigurer {

    static {
        // The key is documented as the security scheme partnerKey; the parameter is no query parameter of the API.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Partner.class);
    }

    private final PartnerKeys partnerKeys;

    PartnerWebConfiguration(PartnerKeys partnerKeys) {
        this.partnerKeys = partnerKeys;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(partnerKeys);
    }
}
