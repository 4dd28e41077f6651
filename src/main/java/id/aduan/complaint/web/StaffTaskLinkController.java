package id.aduan.complaint.web;

import id.aduan.complaint.TaskLinks;
import id.aduan.security.StaffScope;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The link in staff e-mails ({@link TaskLinks}): opens the report's task in Tasklist for a staff member whose task it
 * is, lists them when there are several, and otherwise says that there is no open task of theirs.
 */
@Controller
class StaffTaskLinkController {

    private final TaskLinks links;
    private final StaffScope scope;

    StaffTaskLinkController(TaskLinks links, StaffScope scope) {
        this.links = links;
        this.scope = scope;
    }

    @GetMapping("/staff/tasks/{trackingId}")
    String open(@PathVariable String trackingId, Authentication staff, Model model, HttpServletResponse response) {
        var open = links.openTasks(trackingId, staff.getName(), scope.groupIds(staff));
        if (open.size() == 1) {
            return "redirect:" + open.get(0).tasklistPath();
        }
        if (open.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        model.addAttribute("trackingId", trackingId);
        model.addAttribute("tasks", open);
        return "staff/task-link";
    }
}
