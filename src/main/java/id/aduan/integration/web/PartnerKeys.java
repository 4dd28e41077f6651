package id.aduan.integration.web;

import id.aduan.integration.IntegrationService;
import id.aduan.integration.Partner;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a partner API method its {@link Partner}: the one whose key came as {@code Authorization: Bearer <key>}, with
 * the request counted against its requests per minute. A missing or wrong key is a 401, a revoked one a 403, a used-up
 * quota a 429, each before the method runs.
 */
@Component
class PartnerKeys implements HandlerMethodArgumentResolver {

    private static final String BEARER = "Bearer ";

    private final IntegrationService integrations;

    PartnerKeys(IntegrationService integrations) {
        this.integrations = integrations;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Partner.class;
    }

    @Override
    public Partner resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        var authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        var key = authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? authorization.substring(BEARER.length())
                : null;
        var partner = integrations.authenticate(key);
        integrations.takeRequest(partner);
        return partner;
    }
}
