package id.aduan.sms.web;

import id.aduan.sms.BlockedNumberView;
import id.aduan.sms.SmsBlocklist;
import id.aduan.system.PlainText;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The numbers whose SMS Aduan ignores, for national and system administrators: the list shows them masked; a number is
 * added in any spelling ({@code 0812…}, {@code +62 812…}) with the reason, and taken off by its id.
 */
@RestController
@RequestMapping("/api/sms/blocklist")
class SmsBlocklistController {

    private final SmsBlocklist blocklist;

    SmsBlocklistController(SmsBlocklist blocklist) {
        this.blocklist = blocklist;
    }

    @GetMapping
    List<BlockedNumberView> list() {
        return blocklist.list();
    }

    @ApiResponse(responseCode = "201", description = "Blocked: the number, masked, with its id")
    @ApiResponse(responseCode = "400", description = "phone is not a phone number, or reason is missing")
    @ApiResponse(responseCode = "409", description = "The number is blocked already")
    @PostMapping
    ResponseEntity<BlockedNumberView> block(@Valid @RequestBody BlockRequest request, Authentication staff) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(blocklist.block(request.phone(), request.reason(), staff.getName()));
    }

    @ApiResponse(responseCode = "204", description = "Unblocked")
    @ApiResponse(responseCode = "404", description = "No blocked number with this id")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> unblock(@PathVariable long id, Authentication staff) {
        blocklist.unblock(id, staff.getName());
        return ResponseEntity.noContent().build();
    }

    /** A number to block, as people write numbers, and why. */
    record BlockRequest(
            @NotBlank @Size(max = 32) String phone,
            @NotBlank @PlainText @Size(max = 300) String reason) {}
}
