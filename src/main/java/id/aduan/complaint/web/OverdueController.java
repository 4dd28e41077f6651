package id.aduan.complaint.web;

import id.aduan.complaint.OverdueFollowUps;
import id.aduan.security.StaffScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
    @Operation(
            summary = "The overdue follow-ups, oldest first, a page at a time",
            description = "A page holds `limit` follow-ups; its `next` goes as `after` to fetch the page after it,"
                    + " and is null on the last page.")
    @ApiResponse(responseCode = "200", description = "A page of overdue follow-ups")
    @ApiResponse(responseCode = "400", description = "after or limit is wrong; errors names it")
    OverdueFollowUps.Page list(
            @Parameter(description = "The next of the previous page; none for the first page")
                    @RequestParam(required = false)
                    String after,
            @Parameter(
                            description = "How many follow-ups at most: from 1 to " + OverdueFollowUps.MAX_LIMIT + ", "
                                    + OverdueFollowUps.DEFAULT_LIMIT + " unless given")
                    @RequestParam(required = false)
                    String limit,
            Authentication staff) {
        return overdue.page(scope.agencyCodes(staff).orElse(null), after, limit);
    }
}
