package id.aduan.complaint.web;

import id.aduan.complaint.OverdueFollowUp;
import id.aduan.complaint.OverdueFollowUps;
import id.aduan.security.StaffScope;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** For staff: the overdue follow-ups they answer for; administrators and oversight see every agency's. */
@RestController
class OverdueController {

    private final OverdueFollowUps overdue;
    private final StaffScope scope;

    OverdueController(OverdueFollowUps overdue, StaffScope scope) {
        this.overdue = overdue;
        this.scope = scope;
    }

    @GetMapping("/api/overdue")
    List<OverdueFollowUp> list(Authentication staff) {
        return overdue.list(scope.agencyCodes(staff).orElse(null));
    }
}
