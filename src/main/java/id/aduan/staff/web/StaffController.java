package id.aduan.staff.web;

import id.aduan.agency.Agency;
import id.aduan.agency.AgencyLevel;
import id.aduan.staff.GovernmentStaff;
import id.aduan.staff.NewStaffAccount;
import id.aduan.staff.StaffChangeView;
import id.aduan.staff.StaffMember;
import id.aduan.staff.StaffService;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A government's staff for its coordinators, and for national and system administrators: list them and the record of
 * changes, add an account, add a user to or take them out of a group, hand the coordinator role over. The service
 * decides who may touch which government (403) and group.
 */
@RestController
@RequestMapping("/api/governments")
class StaffController {

    private static final String STAFF = "/{code}/staff";
    private static final String MEMBER = STAFF + "/groups/{groupId}/members/{userId}";

    private final StaffService staff;

    StaffController(StaffService staff) {
        this.staff = staff;
    }

    /** The governments whose staff the signed-in user manages. */
    @GetMapping
    List<GovernmentResponse> governments(Authentication user) {
        return staff.governments(user.getName()).stream()
                .map(GovernmentResponse::of)
                .toList();
    }

    @GetMapping(STAFF)
    GovernmentStaff staff(@PathVariable String code, Authentication user) {
        return staff.staff(code, user.getName());
    }

    /** The latest changes to the government's staff (at most 200), latest first. */
    @GetMapping(STAFF + "/audit")
    List<StaffChangeView> changes(@PathVariable String code, Authentication user) {
        return staff.changes(code, user.getName());
    }

    /** A new account in one of the government's groups, with an initial password the user then changes. */
    @PostMapping(STAFF)
    ResponseEntity<StaffMember> createAccount(
            @PathVariable String code, @RequestBody NewStaffAccount account, Authentication user) {
        var created = staff.createAccount(code, account, user.getName());
        return ResponseEntity.created(URI.create("/api/governments/" + code + "/staff"))
                .body(created);
    }

    /** Makes a user of the government a member of another of its groups. */
    @PutMapping(MEMBER)
    ResponseEntity<Void> addMember(
            @PathVariable String code, @PathVariable String groupId, @PathVariable String userId, Authentication user) {
        staff.addMember(code, groupId, userId, user.getName());
        return ResponseEntity.noContent().build();
    }

    /** Takes a user out of a group; an account left without a group is deleted. */
    @DeleteMapping(MEMBER)
    ResponseEntity<Void> removeMember(
            @PathVariable String code, @PathVariable String groupId, @PathVariable String userId, Authentication user) {
        staff.removeMember(code, groupId, userId, user.getName());
        return ResponseEntity.noContent().build();
    }

    /** The users named become the coordinators; the coordinators before them stop being coordinators. */
    @PostMapping(STAFF + "/handover")
    ResponseEntity<Void> handOver(@PathVariable String code, @RequestBody Handover handover, Authentication user) {
        staff.handOver(code, handover.userIds(), user.getName());
        return ResponseEntity.noContent().build();
    }

    record Handover(List<String> userIds) {}

    record GovernmentResponse(String code, String name, AgencyLevel level) {

        static GovernmentResponse of(Agency agency) {
            return new GovernmentResponse(agency.getCode(), agency.getName(), agency.getLevel());
        }
    }
}
