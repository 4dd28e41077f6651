package id.aduan.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Signs staff in to Aduan's own staff API with their Camunda user and password; groups become authorities. */
@Component
class CamundaUserAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identity;
    private final StaffAuthorities authorities;

    CamundaUserAuthenticationProvider(IdentityService identity, StaffAuthorities authorities) {
        this.identity = identity;
        this.authorities = authorities;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var userId = authentication.getName();
        var password = String.valueOf(authentication.getCredentials());
        if (!identity.checkPassword(userId, password)) {
            throw new BadCredentialsException("Unknown user or wrong password");
        }
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities.of(userId));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
