package id.aduan.complaint;

import id.aduan.complaint.internal.Assignment;
import id.aduan.complaint.internal.Complaint;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** The query behind the public list: reports that are not confidential, narrowed by the filters. */
final class PublicComplaints {

    private PublicComplaints() {}

    /**
     * @param categoryCodes the category filter with its sub-categories, or null for every category
     */
    static Specification<Complaint> matching(ComplaintSearch search, Collection<String> categoryCodes) {
        return (complaint, query, criteria) -> {
            var conditions = new ArrayList<Predicate>();
            conditions.add(criteria.isFalse(complaint.<Boolean>get("confidential")));
            if (categoryCodes != null) {
                conditions.add(complaint.get("categoryCode").in(categoryCodes));
            }
            if (search.regionCode() != null) {
                conditions.add(criteria.or(
                        criteria.equal(complaint.get("regionCode"), search.regionCode()),
                        criteria.like(complaint.<String>get("regionCode"), search.regionCode() + ".%")));
            }
            if (search.status() != null) {
                conditions.add(criteria.equal(complaint.get("status"), search.status()));
            }
            if (search.agencyCode() != null) {
                conditions.add(assignedToAnyOf(List.of(search.agencyCode()), complaint, query, criteria));
            }
            return criteria.and(conditions.toArray(Predicate[]::new));
        };
    }

    /** Reports that one of the agencies answers: assigned to it and not passed on to another. */
    static Predicate assignedToAnyOf(
            Collection<String> agencyCodes,
            Root<Complaint> complaint,
            CriteriaQuery<?> query,
            CriteriaBuilder criteria) {
        var assigned = query.subquery(Long.class);
        var assignment = assigned.from(Assignment.class);
        assigned.select(assignment.get("complaintId"))
                .where(
                        criteria.equal(assignment.get("complaintId"), complaint.get("id")),
                        assignment.get("agencyCode").in(agencyCodes),
                        criteria.notEqual(assignment.get("status"), AssignmentStatus.RETURNED));
        return criteria.exists(assigned);
    }
}
