package id.aduan.complaint;

import id.aduan.complaint.internal.Assignment;
import id.aduan.complaint.internal.Complaint;
import id.aduan.complaint.internal.ComplaintRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * The queries behind the public list: reports that are not confidential, narrowed by the filters, newest first, a
 * page at a time from a {@link ListPosition} (keyset paging: the index on the filing time leads to the page, however
 * deep, and nothing is skipped or counted beyond {@link #COUNT_LIMIT}).
 */
@Component
class PublicComplaints {

    /** The list counts its reports up to this many and says "more than" beyond it, so that no page counts them all. */
    static final int COUNT_LIMIT = 1000;

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.desc("id"));
    private static final Sort OLDEST_FIRST = Sort.by(Sort.Order.asc("submittedAt"), Sort.Order.asc("id"));

    private final ComplaintRepository complaints;
    private final EntityManager entities;

    PublicComplaints(ComplaintRepository complaints, EntityManager entities) {
        this.complaints = complaints;
        this.entities = entities;
    }

    /** The newest matching reports. */
    List<Complaint> latest(Specification<Complaint> matching, int size) {
        return complaints.findBy(
                matching, query -> query.sortBy(NEWEST_FIRST).limit(size).all());
    }

    /**
     * A page of matching reports, newest first: those older than {@code olderThan}, or those newer than {@code
     * newerThan}, or the newest when both are null; with whether there are newer and older ones beside the page.
     */
    Found page(Specification<Complaint> matching, ListPosition olderThan, ListPosition newerThan, int size) {
        List<Complaint> page;
        boolean more;
        if (newerThan != null) {
            var found = complaints.findBy(
                    matching.and(newerThan(newerThan)),
                    query -> query.sortBy(OLDEST_FIRST).limit(size + 1).all());
            more = found.size() > size;
            page = new ArrayList<>(found.subList(0, Math.min(size, found.size())));
            Collections.reverse(page);
        } else {
            var found = complaints.findBy(
                    olderThan == null ? matching : matching.and(olderThan(olderThan)),
                    query -> query.sortBy(NEWEST_FIRST).limit(size + 1).all());
            more = found.size() > size;
            page = found.subList(0, Math.min(size, found.size()));
        }
        if (page.isEmpty()) {
            return new Found(page, false, false);
        }
        var newer = newerThan != null ? more : complaints.exists(matching.and(newerThan(first(page))));
        var older = newerThan == null ? more : complaints.exists(matching.and(olderThan(last(page))));
        return new Found(page, newer, older);
    }

    /** How many reports match, counted up to {@link #COUNT_LIMIT} and one more (which means "more than"). */
    long countUpToLimit(Specification<Complaint> matching) {
        var criteria = entities.getCriteriaBuilder();
        var query = criteria.createQuery(Long.class);
        var complaint = query.from(Complaint.class);
        query.select(complaint.get("id")).where(matching.toPredicate(complaint, query, criteria));
        return entities.createQuery(query)
                .setMaxResults(COUNT_LIMIT + 1)
                .getResultList()
                .size();
    }

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

    /**
     * Filed before the position, in the list's order. The first condition alone bounds the index scan; the second
     * only sorts out the reports filed at the same instant.
     */
    private static Specification<Complaint> olderThan(ListPosition position) {
        return (complaint, query, criteria) -> criteria.and(
                criteria.lessThanOrEqualTo(complaint.get("submittedAt"), position.time()),
                criteria.or(
                        criteria.lessThan(complaint.get("submittedAt"), position.time()),
                        criteria.lessThan(complaint.get("id"), position.id())));
    }

    private static Specification<Complaint> newerThan(ListPosition position) {
        return (complaint, query, criteria) -> criteria.and(
                criteria.greaterThanOrEqualTo(complaint.get("submittedAt"), position.time()),
                criteria.or(
                        criteria.greaterThan(complaint.get("submittedAt"), position.time()),
                        criteria.greaterThan(complaint.get("id"), position.id())));
    }

    private static ListPosition first(List<Complaint> page) {
        return position(page.get(0));
    }

    private static ListPosition last(List<Complaint> page) {
        return position(page.get(page.size() - 1));
    }

    static ListPosition position(Complaint complaint) {
        return new ListPosition(complaint.getSubmittedAt(), complaint.getId());
    }

    /** A page of reports, and whether newer and older ones match beyond it. */
    record Found(List<Complaint> reports, boolean newer, boolean older) {}
}
