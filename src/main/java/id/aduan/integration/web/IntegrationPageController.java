package id.aduan.integration.web;

import id.aduan.integration.IntegrationDetails;
import id.aduan.integration.IntegrationExistsException;
import id.aduan.integration.IntegrationKind;
import id.aduan.integration.IntegrationService;
import id.aduan.integration.IntegrationStatus;
import id.aduan.integration.IssuedCredentials;
import id.aduan.system.FieldProblemException;
import id.aduan.system.FormErrors;
import id.aduan.system.FormText;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.util.Locale;
import org.springframework.http.HttpStatus;
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
 * The page where national and system administrators manage partner systems, as {@code /api/integrations} does:
 * list them with their keys, add one (its API key and webhook secret are shown once, on the answer to the form),
 * rotate a key with a grace period, revoke a key, suspend a partner and make it active again.
 */
@Controller
@RequestMapping("/staff/integrations")
class IntegrationPageController {

    private static final String PAGE = "staff/integrations";
    private static final String CREDENTIALS = "staff/integration-credentials";
    private static final String BACK = "redirect:/staff/integrations?info=";

    private final IntegrationService integrations;

    IntegrationPageController(IntegrationService integrations) {
        this.integrations = integrations;
    }

    @InitBinder({"integrationForm", "rotationForm"})
    void readFieldsAsTheApiDoes(WebDataBinder binder) {
        FormText.register(binder);
    }

    @GetMapping
    String list(@RequestParam(required = false) String info, CsrfToken csrf, Model model) {
        model.addAttribute("info", info);
        model.addAttribute("integrationForm", IntegrationForm.EMPTY);
        return page(model, csrf);
    }

    /** Adds the partner; mistakes come back next to their fields with the input kept (400). */
    @PostMapping
    String create(
            @ModelAttribute("integrationForm") IntegrationForm form,
            BindingResult errors,
            CsrfToken csrf,
            Model model,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                return credentials(integrations.create(form.toDetails()), model);
            } catch (ConstraintViolationException invalid) {
                FormErrors.reject(errors, invalid);
            } catch (FieldProblemException problem) {
                FormErrors.reject(errors, problem);
            } catch (IntegrationExistsException exists) {
                errors.rejectValue("name", "integration.exists", "A partner system of this name exists already.");
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(model, csrf);
    }

    /** A new key, shown once; the earlier keys keep working for the grace period. */
    @PostMapping("/{id}/keys")
    String rotateKey(
            @PathVariable long id,
            @ModelAttribute("rotationForm") RotationForm form,
            BindingResult errors,
            CsrfToken csrf,
            Model model,
            HttpServletResponse response) {
        if (form.graceHours() == null && !errors.hasErrors()) {
            errors.rejectValue("graceHours", "NotNull", "Required.");
        }
        if (!errors.hasErrors()) {
            try {
                return credentials(integrations.rotateKey(id, Duration.ofHours(form.graceHours())), model);
            } catch (FieldProblemException problem) {
                FormErrors.reject(errors, problem);
            }
        }
        model.addAttribute("rotationFor", id);
        model.addAttribute("integrationForm", IntegrationForm.EMPTY);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(model, csrf);
    }

    @PostMapping("/{id}/keys/{keyId}/revoke")
    String revokeKey(@PathVariable long id, @PathVariable long keyId) {
        integrations.revokeKey(id, keyId);
        return BACK + "revoked";
    }

    @PostMapping("/{id}/callback")
    String enableCallback(@PathVariable long id) {
        integrations.enableCallback(id);
        return BACK + "callback-enabled";
    }

    @PostMapping("/{id}/status")
    String changeStatus(@PathVariable long id, @RequestParam IntegrationStatus status) {
        integrations.changeStatus(id, status);
        return BACK + status.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The list; the CSRF token is read before anything is written, so that its cookie goes out with a page of any
     * length.
     */
    private String page(Model model, CsrfToken csrf) {
        csrf.getToken();
        model.addAttribute("integrations", integrations.list());
        model.addAttribute("kinds", IntegrationKind.values());
        model.addAttribute("statuses", IntegrationStatus.values());
        if (!model.containsAttribute("rotationForm")) {
            model.addAttribute("rotationForm", RotationForm.DEFAULT);
        }
        return PAGE;
    }

    private static String credentials(IssuedCredentials issued, Model model) {
        model.addAttribute("issued", issued);
        return CREDENTIALS;
    }

    /** The form to add a partner, as typed; {@link IntegrationService} checks it as for the API. */
    record IntegrationForm(
            String name,
            IntegrationKind kind,
            String regionCode,
            String agencyCode,
            String contact,
            IntegrationStatus status,
            String callbackUrl,
            Integer reportsPerHour,
            Integer requestsPerMinute) {

        static final IntegrationForm EMPTY = new IntegrationForm(
                null, IntegrationKind.REGIONAL_APP, null, null, null, IntegrationStatus.ACTIVE, null, 1_000, 600);

        IntegrationDetails toDetails() {
            return new IntegrationDetails(
                    name,
                    kind,
                    regionCode,
                    agencyCode,
                    contact,
                    status,
                    callbackUrl,
                    reportsPerHour == null ? 0 : reportsPerHour,
                    requestsPerMinute == null ? 0 : requestsPerMinute,
                    null);
        }
    }

    /** How many hours the earlier keys keep working after a rotation. */
    record RotationForm(Integer graceHours) {

        static final RotationForm DEFAULT = new RotationForm(24);
    }
}
