package id.aduan.complaint.process;

import id.aduan.complaint.DispatchedUnit;
import id.aduan.routing.AgencyGroups;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The candidate groups of the models' user tasks, as in {@code ${candidateGroups.officers(execution)}}: each
 * agency's staff see only the tasks of the reports their agency was assigned.
 */
@Component
public class CandidateGroups {

    private final AgencyGroups groups;
    private final ExecutionSubjects subjects;

    CandidateGroups(AgencyGroups groups, ExecutionSubjects subjects) {
        this.groups = groups;
        this.subjects = subjects;
    }

    /** The national administrators, and the officers of the agency the reporter chose, if any. */
    public List<String> verifiers(DelegateExecution execution) {
        return groups.verifiers(subjects.report(execution).requestedAgencyCode());
    }

    /** The officers of the agency that follows the report up in this instance. */
    public String officers(DelegateExecution execution) {
        return groups.officers(subjects.of(execution).agencyCode());
    }

    /**
     * The supervisors of the agency that must act: the agency that follows the report up in this instance, or in a
     * unit's answer the unit while it drafts and the government while its liaison officer approves.
     */
    public String supervisors(DelegateExecution execution) {
        return groups.supervisors(subjects.responsibleAgency(execution));
    }

    /** The officers of the unit that drafts its part of the government's answer. */
    public String unitOfficers(DelegateExecution execution) {
        return groups.officers(unit(execution).unitCode());
    }

    /** The government's liaison officers (pejabat penghubung), who approve or return the unit's draft. */
    public String liaisonOfficers(DelegateExecution execution) {
        return groups.liaisonOfficers(unit(execution).governmentCode());
    }

    /**
     * The liaison officers who approve the answer of the instance's agency: its government's, for a unit a report
     * was routed to directly; its own, for a government.
     */
    public String answerLiaisonOfficers(DelegateExecution execution) {
        return groups.liaisonOfficers(subjects.of(execution).agencyCode());
    }

    private DispatchedUnit unit(DelegateExecution execution) {
        return UnitSteps.unit(subjects, execution);
    }

    public String nationalAdministrators() {
        return groups.nationalAdministrators();
    }
}
