package id.aduan.portal.web;

import id.aduan.complaint.ComplaintSearch;
import id.aduan.complaint.ComplaintService;
import id.aduan.complaint.ComplaintStatus;
import id.aduan.complaint.ListPosition;
import id.aduan.system.FieldProblemException;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public list of reports that are not confidential, with filters and pages of ten. A page link names the report
 * it continues from ({@code sebelum}: the older ones, {@code sesudah}: the newer ones), so that the last page opens
 * as fast as the first; the old {@code halaman} numbers open the first page.
 */
@Controller
class ReportListController {

    static final int PAGE_SIZE = 10;

    private static final String OLDER = "sebelum";
    private static final String NEWER = "sesudah";

    private final ComplaintService complaints;
    private final ReferenceData reference;

    ReportListController(ComplaintService complaints, ReferenceData reference) {
        this.complaints = complaints;
        this.reference = reference;
    }

    @GetMapping("/laporan")
    String list(
            @RequestParam(name = "instansi", required = false) String agency,
            @RequestParam(name = "kategori", required = false) String category,
            @RequestParam(name = "wilayah", required = false) String region,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = OLDER, required = false) String olderThan,
            @RequestParam(name = NEWER, required = false) String newerThan,
            Model model) {
        var filters = new Filters(blankToNull(agency), blankToNull(category), blankToNull(region), status(status));
        var older = position(OLDER, olderThan);
        var newer = position(NEWER, newerThan);
        if (older != null && newer != null) {
            throw new FieldProblemException(NEWER, "must not come with " + OLDER + ": a page continues one way");
        }
        var page = complaints.search(
                new ComplaintSearch(filters.instansi(), filters.kategori(), filters.wilayah(), filters.status()),
                older,
                newer,
                PAGE_SIZE);
        model.addAttribute("filters", filters);
        model.addAttribute("page", page);
        if (page.newer() != null) {
            model.addAttribute("firstLink", filters.link(null, null));
            model.addAttribute("previousLink", filters.link(NEWER, page.newer()));
        }
        if (page.older() != null) {
            model.addAttribute("nextLink", filters.link(OLDER, page.older()));
            model.addAttribute("lastLink", filters.link(NEWER, ListPosition.START));
        }
        model.addAttribute("statuses", ComplaintStatus.values());
        model.addAttribute("categories", reference.categories());
        model.addAttribute("regions", reference.regions());
        model.addAttribute("agencies", reference.agencies());
        return "portal/reports";
    }

    /** The position a page link names, or null for none; anything else is not a link this list wrote. */
    private static ListPosition position(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return ListPosition.parse(value)
                .orElseThrow(() -> new FieldProblemException(
                        parameter, "must be a position from a page link of this list, such as 1764497730123456.4711"));
    }

    private static ComplaintStatus status(String status) {
        return Arrays.stream(ComplaintStatus.values())
                .filter(value -> value.name().equals(status))
                .findFirst()
                .orElse(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The filters as the list's query parameters name them. */
    record Filters(String instansi, String kategori, String wilayah, ComplaintStatus status) {

        /** The list with these filters, continuing from a position ({@code sebelum} or {@code sesudah}) or not. */
        String link(String direction, ListPosition position) {
            var link = UriComponentsBuilder.fromPath("/laporan");
            if (instansi != null) {
                link.queryParam("instansi", instansi);
            }
            if (kategori != null) {
                link.queryParam("kategori", kategori);
            }
            if (wilayah != null) {
                link.queryParam("wilayah", wilayah);
            }
            if (status != null) {
                link.queryParam("status", status.name());
            }
            if (position != null) {
                link.queryParam(direction, position.toString());
            }
            return link.encode().build().toUriString();
        }
    }
}
