package id.aduan.staff;

import id.aduan.agency.Agency;
import id.aduan.agency.AgencyLevel;
import id.aduan.agency.AgencyService;
import id.aduan.security.StaffGroups;
import id.aduan.staff.internal.StaffChange;
import id.aduan.staff.internal.StaffChangeRepository;
import id.aduan.system.EngineAuthentication;
import id.aduan.system.FieldProblemException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A government's staff, managed by the government's coordinators without Camunda Admin: list them, add an account to
 * one of its groups, add one of its users to another of its groups, take a user out of a group, and hand the
 * coordinator role over to users of another of its offices. National and system administrators do the same for every
 * government, and may also name coordinators directly (the first ones of a new government).
 *
 * <p>The boundaries: nobody touches through here a group that is not the government's (another government's,
 * {@code national-admins}, {@code camunda-admin}, oversight), and nobody pulls in a user who also belongs to groups
 * outside the government (409). A user taken out of their last group is deleted, so that no account of someone who
 * left stays able to sign in; the tasks a removed user had claimed for the group go back to the group. Every change is
 * written to {@code staff_change} in the same transaction as the engine's identity tables; no password is recorded or
 * logged. The engine's own authorizations still refuse the same changes to coordinators through {@code /engine-rest}.
 */
@Service
@Transactional(readOnly = true)
public class StaffService {

    static final String USER_ID = "[a-z0-9][a-z0-9._-]{2,63}";
    static final String USER_ID_MESSAGE =
            "must be 3 to 64 small letters, digits, dots, hyphens or underscores, such as dinkes-muba-ani";

    /** The changes that the staff page and the API show, latest first. */
    static final int CHANGES_SHOWN = 200;

    /** At most this many new coordinators in one handover. */
    static final int HANDOVER_LIMIT = 10;

    private static final Pattern USER_ID_PATTERN = Pattern.compile(USER_ID);
    private static final Set<AgencyLevel> GOVERNMENTS =
            Set.of(AgencyLevel.PROVINCE, AgencyLevel.REGENCY_CITY, AgencyLevel.MINISTRY);
    private static final Set<String> ADMINISTRATORS =
            Set.of(StaffGroups.NATIONAL_ADMINISTRATORS, StaffGroups.SYSTEM_ADMINISTRATORS);

    private static final Logger log = LoggerFactory.getLogger(StaffService.class);

    private final AgencyService agencies;
    private final IdentityService identity;
    private final TaskService tasks;
    private final StaffChangeRepository changes;
    private final Validator validator;
    private final Clock clock;

    StaffService(
            AgencyService agencies,
            IdentityService identity,
            TaskService tasks,
            StaffChangeRepository changes,
            Validator validator,
            Clock clock) {
        this.agencies = agencies;
        this.identity = identity;
        this.tasks = tasks;
        this.changes = changes;
        this.validator = validator;
        this.clock = clock;
    }

    /** The governments whose staff the user manages: all of them for administrators, else those they coordinate. */
    public List<Agency> governments(String actor) {
        var groups = groupsOf(actor);
        var administrator = groups.stream().anyMatch(ADMINISTRATORS::contains);
        return agencies.list().stream()
                .filter(agency -> GOVERNMENTS.contains(agency.getLevel()))
                .filter(agency -> administrator || groups.contains(agency.getOfficerGroupId()))
                .toList();
    }

    /** The government's coordinators, liaison officers, and each unit's officers and supervisors. */
    public GovernmentStaff staff(String code, String actor) {
        var government = government(code, actor);
        var groups = government.groups().stream()
                .map(group -> new StaffGroup(
                        group.id(),
                        group.role(),
                        group.agency().getCode(),
                        group.agency().getName(),
                        government.manages(group),
                        members(group.id())))
                .toList();
        return new GovernmentStaff(
                government.agency().getCode(), government.agency().getName(), groups);
    }

    /** The latest changes to the government's staff, latest first. */
    public List<StaffChangeView> changes(String code, String actor) {
        government(code, actor);
        return changes.latest(code, PageRequest.of(0, CHANGES_SHOWN)).stream()
                .map(change -> new StaffChangeView(
                        change.getId(),
                        change.getOccurredAt(),
                        change.getActor(),
                        change.getAction(),
                        change.getUserId(),
                        change.getGroupId(),
                        change.getDetail()))
                .toList();
    }

    /** Adds a new account to one of the government's groups. */
    @Transactional
    public StaffMember createAccount(String code, NewStaffAccount account, String actor) {
        var government = government(code, actor);
        var violations = validator.validate(account);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        var group = managedGroup(government, account.groupId());
        if (identity.createUserQuery().userId(account.userId()).count() > 0) {
            throw conflict(
                    "userId",
                    "is taken already; to add a user of the government to another of its groups, PUT"
                            + " /api/governments/" + code + "/staff/groups/{groupId}/members/{userId}");
        }
        write("userId", () -> {
            var user = identity.newUser(account.userId());
            user.setFirstName(account.firstName().strip());
            user.setLastName(account.lastName().strip());
            user.setEmail(account.email().strip());
            user.setPassword(account.password());
            identity.saveUser(user);
            identity.createMembership(account.userId(), group.id());
        });
        record(government, actor, StaffAction.ACCOUNT_CREATED, account.userId(), group.id(), null);
        log.info("Staff account {} added to {} by {}", account.userId(), group.id(), actor);
        return new StaffMember(
                account.userId(),
                account.firstName().strip(),
                account.lastName().strip(),
                account.email().strip());
    }

    /** Makes a user of the government (any user, for administrators) a member of another of its groups. */
    @Transactional
    public void addMember(String code, String groupId, String userId, String actor) {
        var government = government(code, actor);
        var group = managedGroup(government, groupId);
        var userGroups = groupsOfExisting(userId, "userId");
        government.checkBelongs(userId, userGroups, "userId");
        if (userGroups.contains(group.id())) {
            throw conflict("userId", "is a member of " + group.id() + " already");
        }
        if (userGroups.isEmpty() && !government.administrator()) {
            throw conflict(
                    "userId",
                    "is not staff of " + government.agency().getName()
                            + "; add a new account with POST /api/governments/" + code + "/staff");
        }
        write("userId", () -> identity.createMembership(userId, group.id()));
        record(government, actor, StaffAction.MEMBER_ADDED, userId, group.id(), null);
        log.info("Staff member {} added to {} by {}", userId, group.id(), actor);
    }

    /**
     * Takes a user out of one of the government's groups; the tasks they had claimed for it go back to the group, and
     * an account left without any group is deleted.
     */
    @Transactional
    public void removeMember(String code, String groupId, String userId, String actor) {
        var government = government(code, actor);
        var group = managedGroup(government, groupId);
        var userGroups = groupsOfExisting(userId, "userId");
        if (!userGroups.contains(group.id())) {
            throw notFound("userId", "is not a member of " + group.id());
        }
        leave(government, actor, userId, group.id(), userGroups, null);
    }

    /**
     * Hands the coordinator role over: the users named, staff of another office of the government, become its
     * coordinators, and the coordinators before them stop being coordinators (deleted when that was their only group).
     */
    @Transactional
    public void handOver(String code, List<String> userIds, String actor) {
        var government = government(code, actor);
        if (userIds == null || userIds.isEmpty()) {
            throw new FieldProblemException("userIds", "must name at least one user to hand the coordinator role to");
        }
        var successors = new LinkedHashSet<String>(userIds);
        if (successors.size() > HANDOVER_LIMIT) {
            throw new FieldProblemException("userIds", "must name at most " + HANDOVER_LIMIT + " users");
        }
        var coordinators = government.coordinators();
        var offices = new LinkedHashSet<String>();
        for (var userId : successors) {
            var userGroups = groupsOfExisting(userId, "userIds");
            government.checkBelongs(userId, userGroups, "userIds");
            if (userGroups.contains(coordinators.id())) {
                throw conflict(
                        "userIds",
                        userId + " is a coordinator of " + government.agency().getCode() + " already");
            }
            var units = government.groups().stream()
                    .filter(group -> userGroups.contains(group.id()))
                    .map(group -> group.agency().getCode())
                    .toList();
            if (units.isEmpty()) {
                throw conflict(
                        "userIds",
                        userId + " is not staff of " + government.agency().getName()
                                + "; add the account to one of its offices first");
            }
            offices.addAll(units);
        }
        var previous = members(coordinators.id()).stream()
                .map(StaffMember::userId)
                .filter(userId -> !successors.contains(userId))
                .toList();
        for (var userId : successors) {
            write("userIds", () -> identity.createMembership(userId, coordinators.id()));
            record(government, actor, StaffAction.MEMBER_ADDED, userId, coordinators.id(), "handover");
        }
        for (var userId : previous) {
            leave(government, actor, userId, coordinators.id(), groupsOf(userId), "handover");
        }
        var detail = "to " + String.join(", ", successors) + " (" + String.join(", ", offices) + "); from "
                + (previous.isEmpty() ? "nobody" : String.join(", ", previous));
        record(government, actor, StaffAction.HANDOVER, String.join(", ", successors), coordinators.id(), detail);
        log.info(
                "Coordinator role of {} handed over by {}: {}",
                government.agency().getCode(),
                actor,
                detail);
    }

    private void leave(
            Government government, String actor, String userId, String groupId, Set<String> userGroups, String why) {
        var released = EngineAuthentication.withoutUser(identity, () -> {
            var claimed = tasks.createTaskQuery()
                    .taskCandidateGroup(groupId)
                    .includeAssignedTasks()
                    .taskAssignee(userId)
                    .list();
            claimed.forEach(task -> tasks.setAssignee(task.getId(), null));
            identity.deleteMembership(userId, groupId);
            return claimed.size();
        });
        var detail = released == 0
                ? why
                : (why == null ? "" : why + "; ") + released + (released == 1 ? " claimed task" : " claimed tasks")
                        + " back to the group";
        record(government, actor, StaffAction.MEMBER_REMOVED, userId, groupId, detail);
        log.info("Staff member {} removed from {} by {}", userId, groupId, actor);
        if (userGroups.size() == 1) {
            EngineAuthentication.withoutUser(identity, () -> identity.deleteUser(userId));
            record(government, actor, StaffAction.ACCOUNT_DELETED, userId, null, "no group left");
            log.info("Staff account {} deleted by {}: no group left", userId, actor);
        }
    }

    /**
     * Adds to the engine's identity tables as the application, not as the signed-in user (who has no rights there).
     * Every rule was checked before, so a failure here is another request that added the same user or membership at the
     * same moment: 409, and the transaction with it rolls back.
     */
    private void write(String field, Runnable write) {
        try {
            EngineAuthentication.withoutUser(identity, write);
        } catch (ProcessEngineException raced) {
            log.warn("A staff change failed in the engine, most likely made at the same time as another", raced);
            throw conflict(field, "was changed at the same moment by another request; reload and try again");
        }
    }

    /** The government, if the user may manage its staff: 404 when it is none, 403 when it is not theirs. */
    private Government government(String code, String actor) {
        var agency = agencies.find(code)
                .filter(found -> GOVERNMENTS.contains(found.getLevel()))
                .orElseThrow(() -> notFound(
                        "code",
                        "is not a government (a province, a regency or city, a ministry); GET /api/agencies lists"
                                + " them"));
        var actorGroups = groupsOf(actor);
        var administrator = actorGroups.stream().anyMatch(ADMINISTRATORS::contains);
        if (!administrator && !actorGroups.contains(agency.getOfficerGroupId())) {
            throw new FieldProblemException(
                    HttpStatus.FORBIDDEN,
                    "Not your government",
                    "code",
                    "is not a government you coordinate; only its coordinators and national administrators manage its"
                            + " staff");
        }
        var units = agencies.list().stream()
                .filter(unit -> unit.getLevel() == AgencyLevel.UNIT && code.equals(unit.getParentCode()))
                .toList();
        return new Government(agency, units, administrator);
    }

    /** One of the government's groups whose members the user may change: 404 for an unknown group, 403 for others. */
    private GroupOf managedGroup(Government government, String groupId) {
        var group = government.groups().stream()
                .filter(each -> each.id().equals(groupId))
                .findFirst();
        if (group.isEmpty()) {
            if (groupId == null || identity.createGroupQuery().groupId(groupId).count() == 0) {
                throw notFound("groupId", "is not a known group");
            }
            throw new FieldProblemException(
                    HttpStatus.FORBIDDEN,
                    "Not your government's group",
                    "groupId",
                    "is not one of the groups of " + government.agency().getName()
                            + " that you manage: its units' officers and supervisors and its liaison officers (GET"
                            + " /api/governments/" + government.agency().getCode() + "/staff lists them)");
        }
        return government.managedGroup(group.get());
    }

    private Set<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .collect(Collectors.toSet());
    }

    /** The groups of a user that exists: 400 for an id no user could have, 404 for an unknown user. */
    private Set<String> groupsOfExisting(String userId, String field) {
        if (userId == null || !USER_ID_PATTERN.matcher(userId).matches()) {
            throw new FieldProblemException(field, USER_ID_MESSAGE);
        }
        if (identity.createUserQuery().userId(userId).count() == 0) {
            throw notFound(field, userId + " is not a known user");
        }
        return groupsOf(userId);
    }

    private List<StaffMember> members(String groupId) {
        return identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
                .map(StaffService::member)
                .toList();
    }

    private static StaffMember member(User user) {
        return new StaffMember(user.getId(), user.getFirstName(), user.getLastName(), user.getEmail());
    }

    private void record(
            Government government, String actor, StaffAction action, String userId, String groupId, String detail) {
        changes.save(new StaffChange(
                government.agency().getCode(), clock.instant(), actor, action, userId, groupId, detail));
    }

    private static FieldProblemException notFound(String field, String message) {
        return new FieldProblemException(HttpStatus.NOT_FOUND, "Not found", field, message);
    }

    private static FieldProblemException conflict(String field, String message) {
        return new FieldProblemException(HttpStatus.CONFLICT, "Conflict", field, message);
    }

    /** One of a government's groups: its id, the part it plays and the agency (the government or a unit) it is of. */
    private record GroupOf(String id, StaffRole role, Agency agency) {}

    /** A government with its units, as the user who asks may manage it. */
    private record Government(Agency agency, List<Agency> units, boolean administrator) {

        /** The groups the staff list shows, the coordinators first. */
        List<GroupOf> groups() {
            var groups = new ArrayList<GroupOf>();
            groups.add(coordinators());
            groups.add(new GroupOf(agency.getLiaisonGroupId(), StaffRole.LIAISON, agency));
            units.stream().sorted(Comparator.comparing(Agency::getCode)).forEach(unit -> {
                groups.add(new GroupOf(unit.getOfficerGroupId(), StaffRole.UNIT_OFFICERS, unit));
                groups.add(new GroupOf(unit.getSupervisorGroupId(), StaffRole.UNIT_SUPERVISORS, unit));
            });
            return groups;
        }

        GroupOf coordinators() {
            return new GroupOf(agency.getOfficerGroupId(), StaffRole.COORDINATOR, agency);
        }

        /** Every group of the government and its units, the listed ones and the others (supervisors, liaison). */
        Set<String> allGroupIds() {
            var ids = new LinkedHashSet<String>();
            for (var each : units) {
                ids.addAll(List.of(each.getOfficerGroupId(), each.getSupervisorGroupId(), each.getLiaisonGroupId()));
            }
            ids.addAll(List.of(agency.getOfficerGroupId(), agency.getSupervisorGroupId(), agency.getLiaisonGroupId()));
            return ids;
        }

        /** Coordinators change members of every group but their own, which changes by a handover. */
        boolean manages(GroupOf group) {
            return administrator || group.role() != StaffRole.COORDINATOR;
        }

        /** The group, if the user may change its members; 403 for the coordinators' own group. */
        GroupOf managedGroup(GroupOf group) {
            if (!manages(group)) {
                throw new FieldProblemException(
                        HttpStatus.FORBIDDEN,
                        "Coordinators change by a handover",
                        "groupId",
                        "names the coordinators of " + agency.getName() + ", who change by a handover (POST"
                                + " /api/governments/" + agency.getCode() + "/staff/handover)");
            }
            return group;
        }

        /** 409 when the user belongs to groups outside the government: another government's, or national ones. */
        void checkBelongs(String userId, Set<String> userGroups, String field) {
            var all = allGroupIds();
            if (userGroups.stream().anyMatch(group -> !all.contains(group))) {
                throw conflict(
                        field,
                        userId + " belongs to staff outside " + agency.getName()
                                + " (another government, or national staff); a user works for one government");
            }
        }
    }
}
