package id.aduan.security;

import id.aduan.agency.Agency;
import id.aduan.agency.AgencyCreated;
import id.aduan.agency.AgencyService;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
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
 * visible to a group only through their candidate groups, so an agency sees only its own tasks. The groups of
 * national administrators, oversight and monitoring (Prometheus) are made here too.
 */
@Component
class StaffSetup {

    static final String FILTER_MY_AGENCY = "Tugas instansi saya (my agency's tasks)";
    static final String FILTER_MY_TASKS = "Tugas saya (my tasks)";
    static final String TASKLIST = "tasklist";
    static final String COCKPIT = "cockpit";
    static final String NOTIFICATION_DELIVERY_PROCESS = "NotificationDeliveryProcess";

    private static final int PAGE = 500;

    /**
     * What each task card in Tasklist shows besides the task's name and due date: task-local variables that every
     * task of a report has for its form ({@code ComplaintTaskContext}; the agency only on an agency's tasks), none
     * about the reporter. Set on the filters at every start, so that existing installations show them too.
     */
    static final Map<String, Object> TASK_CARDS = Map.of(
            "variables",
            List.of(
                    Map.of("name", "trackingId", "label", "ID pelacakan"),
                    Map.of("name", "title", "label", "Judul"),
                    Map.of("name", "agencyName", "label", "Instansi")),
            "showUndefinedVariable",
            false);

    private static final Logger log = LoggerFactory.getLogger(StaffSetup.class);

    private final AgencyService agencies;
    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private List<String> filterIds;

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
        var created = 0;
        created +=
                createGroupIfMissing(StaffGroups.NATIONAL_ADMINISTRATORS, "Admin nasional (national administrators)");
        created += createGroupIfMissing(StaffGroups.OVERSIGHT, "Pengawas, misalnya Ombudsman RI (oversight)");
        created += createGroupIfMissing(StaffGroups.MONITORING, "Pemantauan, misalnya Prometheus (monitoring)");
        grantWorkingOnTasks(StaffGroups.NATIONAL_ADMINISTRATORS);
        for (var group : List.of(StaffGroups.NATIONAL_ADMINISTRATORS, StaffGroups.OVERSIGHT)) {
            grantReadingEverything(group);
        }
        // national administrators retry e-mail deliveries whose retries ran out (incidents in Cockpit), and change
        // nothing else of them: UPDATE_INSTANCE, which earlier versions granted, would let them rewrite variables
        grant(
                StaffGroups.NATIONAL_ADMINISTRATORS,
                Resources.PROCESS_DEFINITION,
                NOTIFICATION_DELIVERY_PROCESS,
                Permissions.READ,
                ProcessDefinitionPermissions.RETRY_JOB);
        revoke(
                StaffGroups.NATIONAL_ADMINISTRATORS,
                Resources.PROCESS_DEFINITION,
                NOTIFICATION_DELIVERY_PROCESS,
                Permissions.UPDATE_INSTANCE);
        narrowTaskGrants();
        var agencyList = agencies.list();
        var existing = new ExistingSetup();
        for (var agency : agencyList) {
            created += prepare(agency, existing);
        }
        log.info("Staff groups ready for {} agencies ({} groups new)", agencyList.size(), created);
    }

    /** An agency added by an administrator gets its groups in the same transaction. */
    @EventListener
    public void agencyCreated(AgencyCreated created) {
        var agency = agencies.get(created.code());
        createGroupIfMissing(agency.getOfficerGroupId(), "Petugas " + agency.getName());
        createGroupIfMissing(agency.getSupervisorGroupId(), "Atasan " + agency.getName());
        createGroupIfMissing(agency.getLiaisonGroupId(), "Pejabat penghubung " + agency.getName());
        grantWorkingOnTasks(agency.getOfficerGroupId());
        grantWorkingOnTasks(agency.getSupervisorGroupId());
        grantWorkingOnTasks(agency.getLiaisonGroupId());
    }

    /**
     * Creates the agency's officer and supervisor groups where missing and lets them work in Tasklist, from what the
     * engine has already (read once for every agency: a national installation has thousands, and start-up must not
     * ask about each of them).
     */
    private int prepare(Agency agency, ExistingSetup existing) {
        var created = 0;
        for (var group : List.of(
                Map.entry(agency.getOfficerGroupId(), "Petugas " + agency.getName()),
                Map.entry(agency.getSupervisorGroupId(), "Atasan " + agency.getName()),
                Map.entry(agency.getLiaisonGroupId(), "Pejabat penghubung " + agency.getName()))) {
            if (!existing.groups.contains(group.getKey())) {
                created += createGroupIfMissing(group.getKey(), group.getValue());
            }
            if (!existing.canWorkOnTasks(group.getKey(), filterIds())) {
                grantWorkingOnTasks(group.getKey());
            }
        }
        return created;
    }

    /** The groups and the Tasklist grants (application and filters) the engine has, read in a few queries. */
    private final class ExistingSetup {

        private final Set<String> groups = new HashSet<>();
        private final Set<String> grants = new HashSet<>();

        ExistingSetup() {
            for (var first = 0; ; first += PAGE) {
                var page = identity.createGroupQuery().orderByGroupId().asc().listPage(first, PAGE);
                page.forEach(group -> groups.add(group.getId()));
                if (page.size() < PAGE) {
                    break;
                }
            }
            for (var resource : List.of(Resources.APPLICATION, Resources.FILTER)) {
                for (var first = 0; ; first += PAGE) {
                    var page = authorizations
                            .createAuthorizationQuery()
                            .resourceType(resource)
                            .authorizationType(Authorization.AUTH_TYPE_GRANT)
                            .orderByResourceId()
                            .asc()
                            .listPage(first, PAGE);
                    for (var grant : page) {
                        var permission = resource == Resources.APPLICATION ? Permissions.ACCESS : Permissions.READ;
                        if (grant.getGroupId() != null && grant.isPermissionGranted(permission)) {
                            grants.add(
                                    grant.getGroupId() + "|" + resource.resourceType() + "|" + grant.getResourceId());
                        }
                    }
                    if (page.size() < PAGE) {
                        break;
                    }
                }
            }
        }

        boolean canWorkOnTasks(String group, List<String> filterIds) {
            return grants.contains(group + "|" + Resources.APPLICATION.resourceType() + "|" + TASKLIST)
                    && filterIds.stream()
                            .allMatch(filter ->
                                    grants.contains(group + "|" + Resources.FILTER.resourceType() + "|" + filter));
        }
    }

    /** Tasklist and its filters; which tasks a group sees follows from the tasks' candidate groups. */
    private void grantWorkingOnTasks(String group) {
        grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
        for (var filterId : filterIds()) {
            grant(group, Resources.FILTER, filterId, Permissions.READ);
        }
    }

    /** Cockpit, read only: every process, instance, task, decision and their history. */
    private void grantReadingEverything(String group) {
        grant(group, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
        grant(
                group,
                Resources.PROCESS_DEFINITION,
                Authorization.ANY,
                Permissions.READ,
                Permissions.READ_HISTORY,
                Permissions.READ_INSTANCE);
        grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ);
        grant(group, Resources.TASK, Authorization.ANY, Permissions.READ);
        grant(group, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ, Permissions.READ_HISTORY);
        grant(group, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
    }

    /**
     * Tasks created before candidate groups were granted {@code TASK_WORK} (application.yml,
     * {@code defaultUserPermissionNameForTask}) still grant their groups and assignees {@code UPDATE}, which lets them
     * rewrite any variable through {@code /engine-rest}: such grants are narrowed to {@code READ} and
     * {@code TASK_WORK}. The system administrators' grant on every task stays.
     */
    private void narrowTaskGrants() {
        var narrowed = 0;
        while (true) {
            var page = authorizations
                    .createAuthorizationQuery()
                    .resourceType(Resources.TASK)
                    .authorizationType(Authorization.AUTH_TYPE_GRANT)
                    .hasPermission(Permissions.UPDATE)
                    .listPage(0, PAGE)
                    .stream()
                    .filter(authorization -> !Authorization.ANY.equals(authorization.getResourceId()))
                    .toList();
            if (page.isEmpty()) {
                break;
            }
            for (var authorization : page) {
                authorization.removePermission(Permissions.UPDATE);
                authorization.addPermission(Permissions.READ);
                authorization.addPermission(Permissions.TASK_WORK);
                authorizations.saveAuthorization(authorization);
            }
            narrowed += page.size();
            log.info("Narrowed the grants of {} open tasks from UPDATE to TASK_WORK so far", narrowed);
        }
    }

    private int createGroupIfMissing(String groupId, String name) {
        if (identity.createGroupQuery().groupId(groupId).count() > 0) {
            return 0;
        }
        Group created = identity.newGroup(groupId);
        created.setName(name);
        created.setType("WORKFLOW");
        identity.saveGroup(created);
        return 1;
    }

    /** Grants the permissions, adding to a grant that exists already. */
    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        var authorization = existingGrant(groupId, resource, resourceId);
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else if (Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
            return;
        }
        for (var permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }

    /** Takes permissions away from a grant, if it has them. */
    private void revoke(String groupId, Resource resource, String resourceId, Permission... permissions) {
        var authorization = existingGrant(groupId, resource, resourceId);
        if (authorization == null || Arrays.stream(permissions).noneMatch(authorization::isPermissionGranted)) {
            return;
        }
        for (var permission : permissions) {
            authorization.removePermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }

    private Authorization existingGrant(String groupId, Resource resource, String resourceId) {
        return authorizations
                .createAuthorizationQuery()
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .singleResult();
    }

    private Filter agencyTasksFilter() {
        return filters.newTaskFilter(FILTER_MY_AGENCY)
                .setQuery(tasks.createTaskQuery()
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks()
                        .orderByDueDate()
                        .asc())
                .setProperties(withTaskCards(
                        Map.of("priority", -10, "description", "Tugas untuk kelompok Anda (tasks for your groups)")));
    }

    private Filter myTasksFilter() {
        return filters.newTaskFilter(FILTER_MY_TASKS)
                .setQuery(tasks.createTaskQuery()
                        .taskAssigneeExpression("${currentUser()}")
                        .orderByDueDate()
                        .asc())
                .setProperties(withTaskCards(
                        Map.of("priority", -5, "description", "Tugas yang Anda klaim (tasks you claimed)")));
    }

    private static Map<String, Object> withTaskCards(Map<String, Object> properties) {
        var with = new HashMap<String, Object>(properties == null ? Map.of() : properties);
        with.putAll(TASK_CARDS);
        return with;
    }

    /** The ids of the Tasklist filters staff work from, created at the first call where missing. */
    private List<String> filterIds() {
        if (filterIds == null) {
            filterIds = List.of(
                    filterId(FILTER_MY_AGENCY, agencyTasksFilter()), filterId(FILTER_MY_TASKS, myTasksFilter()));
        }
        return filterIds;
    }

    private String filterId(String name, Filter wanted) {
        var existing = filters.createFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            var properties = withTaskCards(existing.getProperties());
            if (!properties.equals(existing.getProperties())) {
                filters.saveFilter(existing.setProperties(properties));
            }
            return existing.getId();
        }
        filters.saveFilter(wanted);
        return wanted.getId();
    }
}
