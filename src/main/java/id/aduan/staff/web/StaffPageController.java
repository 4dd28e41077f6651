package id.aduan.staff.web;

import id.aduan.staff.NewStaffAccount;
import id.aduan.staff.StaffGroup;
import id.aduan.staff.StaffService;
import id.aduan.system.FieldProblemException;
import id.aduan.system.FormErrors;
import id.aduan.system.FormText;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff page of a government for its coordinators (and national and system administrators), as
 * {@code /api/governments/{code}/staff} does: its staff by group, forms to add an account, add a user to a group, take
 * one out and hand the coordinator role over, and the latest changes. A refusal comes back next to its field with
 * its status (400, 403, 404, 409); a government that is not the user's is refused as the API refuses it.
 */
@Controller
@RequestMapping("/staff/governments")
class StaffPageController {

    private static final String LIST = "staff/governments";
    private static final String PAGE = "staff/government-staff";

    private final StaffService staff;

    StaffPageController(StaffService staff) {
        this.staff = staff;
    }

    @InitBinder({"accountForm", "memberForm", "handoverForm"})
    void readFieldsAsTheApiDoes(WebDataBinder binder) {
        FormText.register(binder);
    }

    /** The governments the user manages; a coordinator goes straight to their own. */
    @GetMapping
    String governments(Authentication user, Model model) {
        var governments = staff.governments(user.getName());
        if (governments.size() == 1) {
            return "redirect:/staff/governments/" + governments.get(0).getCode();
        }
        model.addAttribute("governments", governments);
        return LIST;
    }

    @GetMapping("/{code}")
    String page(
            @PathVariable String code,
            @RequestParam(required = false) String info,
            Authentication user,
            CsrfToken csrf,
            Model model) {
        model.addAttribute("info", info);
        return page(code, user, csrf, model);
    }

    @PostMapping("/{code}/accounts")
    String createAccount(
            @PathVariable String code,
            @ModelAttribute("accountForm") AccountForm form,
            BindingResult errors,
            Authentication user,
            CsrfToken csrf,
            Model model,
            HttpServletResponse response) {
        return change(
                code,
                errors,
                () -> staff.createAccount(code, form.toAccount(), user.getName()),
                "account-created",
                user,
                csrf,
                model,
                response);
    }

    @PostMapping("/{code}/members")
    String addMember(
            @PathVariable String code,
            @ModelAttribute("memberForm") MemberForm form,
            BindingResult errors,
            Authentication user,
            CsrfToken csrf,
            Model model,
            HttpServletResponse response) {
        return change(
                code,
                errors,
                () -> staff.addMember(code, form.groupId(), form.userId(), user.getName()),
                "member-added",
                user,
                csrf,
                model,
                response);
    }

    @PostMapping("/{code}/members/remove")
    String removeMember(
            @PathVariable String code,
            @ModelAttribute("memberForm") MemberForm form,
            BindingResult errors,
            Authentication user,
            CsrfToken csrf,
            Model model,
            HttpServletResponse response) {
        return change(
                code,
                errors,
                () -> staff.removeMember(code, form.groupId(), form.userId(), user.getName()),
                "member-removed",
                user,
                csrf,
                model,
                response);
    }

    @PostMapping("/{code}/handover")
    String handOver(
            @PathVariable String code,
            @ModelAttribute("handoverForm") HandoverForm form,
            BindingResult errors,
            Authentication user,
            CsrfToken csrf,
            Model model,
            HttpServletResponse response) {
        return change(
                code,
                errors,
                () -> staff.handOver(code, form.userIdList(), user.getName()),
                "handed-over",
                user,
                csrf,
                model,
                response);
    }

    /**
     * Makes the change and goes back to the page saying so, or shows the page again with the refusal next to its field
     * and the refusal's status. A government that is not the user's is refused as the API refuses it.
     */
    private String change(
            String code,
            BindingResult errors,
            Runnable change,
            String info,
            Authentication user,
            CsrfToken csrf,
            Model model,
            HttpServletResponse response) {
        var status = HttpStatus.BAD_REQUEST;
        if (!errors.hasErrors()) {
            try {
                change.run();
                return "redirect:/staff/governments/" + code + "?info=" + info;
            } catch (ConstraintViolationException invalid) {
                FormErrors.reject(errors, invalid);
            } catch (FieldProblemException problem) {
                if ("code".equals(problem.error().field())) {
                    throw problem;
                }
                FormErrors.reject(errors, problem);
                status = HttpStatus.valueOf(problem.getStatusCode().value());
            }
        }
        response.setStatus(status.value());
        return page(code, user, csrf, model);
    }

    /** The page; the CSRF token is read before anything is written, so that its cookie goes out with the page. */
    private String page(String code, Authentication user, CsrfToken csrf, Model model) {
        csrf.getToken();
        var government = staff.staff(code, user.getName());
        model.addAttribute("government", government);
        model.addAttribute(
                "manageable",
                government.groups().stream().filter(StaffGroup::manageable).toList());
        model.addAttribute("changes", staff.changes(code, user.getName()));
        ifMissing(model, "accountForm", AccountForm.EMPTY);
        ifMissing(model, "memberForm", MemberForm.EMPTY);
        ifMissing(model, "handoverForm", HandoverForm.EMPTY);
        return PAGE;
    }

    private static void ifMissing(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    /** A new account as typed; {@link StaffService} checks it as for the API. */
    record AccountForm(
            String userId, String firstName, String lastName, String email, String password, String groupId) {

        static final AccountForm EMPTY = new AccountForm(null, null, null, null, null, null);

        NewStaffAccount toAccount() {
            return new NewStaffAccount(userId, firstName, lastName, email, password, groupId);
        }

        @Override
        public String toString() {
            return "AccountForm[userId=" + userId + ", groupId=" + groupId + "]";
        }
    }

    /** A user and one of the government's groups. */
    record MemberForm(String userId, String groupId) {

        static final MemberForm EMPTY = new MemberForm(null, null);
    }

    /** The users who become the coordinators, separated by commas or spaces. */
    record HandoverForm(String userIds) {

        static final HandoverForm EMPTY = new HandoverForm(null);

        List<String> userIdList() {
            return userIds == null
                    ? List.of()
                    : Arrays.stream(userIds.split("[,\\s]+"))
                            .filter(id -> !id.isBlank())
                            .toList();
        }
    }
}
