package id.aduan.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** A staff member's Camunda groups, read afresh at each sign-in, as Spring Security authorities. */
@Component
class StaffAuthorities {

    private final IdentityService identity;

    StaffAuthorities(IdentityService identity) {
        this.identity = identity;
    }

    List<GrantedAuthority> of(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .map(StaffGroups::authority)
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList();
    }

    boolean exists(String userId) {
        return identity.createUserQuery().userId(userId).count() > 0;
    }
}
