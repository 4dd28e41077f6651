package id.aduan.notification;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** The e-mail addresses of the staff in Camunda groups, as recorded in Camunda Admin. */
@Component
class StaffRecipients {

    private final IdentityService identity;

    StaffRecipients(IdentityService identity) {
        this.identity = identity;
    }

    Set<String> of(Collection<String> groupIds) {
        var addresses = new LinkedHashSet<String>();
        for (var groupId : groupIds) {
            identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
                    .map(User::getEmail)
                    .filter(email -> email != null && !email.isBlank())
                    .forEach(addresses::add);
        }
        return addresses;
    }
}
