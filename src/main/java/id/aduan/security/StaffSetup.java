package id.aduan.security;

import id.aduan.agency.AgencyService;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure, at every start, that each agency has its officer and supervisor groups in Camunda, that
 * those groups may use Tasklist, and that Tasklist offers the filters staff work from. Tasks are
 * visible to a group only through their candidate groups, so an agency sees only its own tasks.
 */
@Component
class StaffSetup {

    static final String FILTER_MY_AGENCY = "Tugas instansi saya (my agency's tasks)";
    static final String FILTER_MY_TASKS = "Tugas saya (my tasks)";
    static final String TASKLIST = "tasklist";
    static final String COCKPIT = "cockpit";

    private static final Logger log = LoggerFactory.getLogger(StaffSetup.class);

    private final AgencyService agencies;
    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;

    StaffSetup(
            AgencyService agencies,
            IdentityService identity,
            AuthorizationService authorizations,
            FilterService filters,
            TaskService tasks) {
        this.agencies = agencies;
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
    }

    @EventListener
    @Order(1)
    public void setUp(ApplicationReadyEvent event) {
        var groups = new LinkedHashMap<String, String>();
        groups.put(StaffGroups.NATIONAL_ADMINISTRATORS, "Admin nasional (national administrators)");
        for (var agency : agencies.list()) {
            groups.putIfAbsent(agency.getOfficerGroupId(), "Petugas " + agency.getName());
            groups.putIfAbsent(agency.getSupervisorGroupId(), "Atasan " + agency.getName());
        }
        var created =
                groups.entrySet().stream().filter(this::createGroupIfMissing).count();
        groups.keySet().forEach(group -> grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS));
        grant(StaffGroups.NATIONAL_ADMINISTRATORS, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
        for (var filter : Map.of(FILTER_MY_AGENCY, agencyTasksFilter(), FILTER_MY_TASKS, myTasksFilter())
                .entrySet()) {
            var id = filterId(filter.getKey(), filter.getValue());
            groups.keySet().forEach(group -> grant(group, Resources.FILTER, id, Permissions.READ));
        }
        log.info(
                "Staff groups ready: {} groups for {} agencies ({} new)",
                groups.size(),
                agencies.list().size(),
                created);
    }

    private boolean createGroupIfMissing(Map.Entry<String, String> group) {
        if (identity.createGroupQuery().groupId(group.getKey()).count() > 0) {
            return false;
        }
        Group created = identity.newGroup(group.getKey());
        created.setName(group.getValue());
        created.setType("WORKFLOW");
        identity.saveGroup(created);
        return true;
    }

    private void grant(String groupId, Resource resource, String resourceId, Permissions permission) {
        var existing = authorizations
                .createAuthorizationQuery()
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .count();
        if (existing > 0) {
            return;
        }
        var authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        authorization.addPermission(permission);
        authorizations.saveAuthorization(authorization);
    }

    private Filter agencyTasksFilter() {
        return filters.newTaskFilter(FILTER_MY_AGENCY)
                .setQuery(tasks.createTaskQuery()
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks()
                        .orderByDueDate()
                        .asc())
                .setProperties(
                        Map.of("priority", -10, "description", "Tugas untuk kelompok Anda (tasks for your groups)"));
    }

    private Filter myTasksFilter() {
        return filters.newTaskFilter(FILTER_MY_TASKS)
                .setQuery(tasks.createTaskQuery()
                        .taskAssigneeExpression("${currentUser()}")
                        .orderByDueDate()
                        .asc())
                .setProperties(Map.of("priority", -5, "description", "Tugas yang Anda klaim (tasks you claimed)"));
    }

    private String filterId(String name, Filter wanted) {
        var existing = filters.createFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            return existing.getId();
        }
        filters.saveFilter(wanted);
        return wanted.getId();
    }
}
