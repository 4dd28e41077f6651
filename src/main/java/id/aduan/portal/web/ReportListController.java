package id.aduan.portal.web;

import id.aduan.complaint.ComplaintSearch;
import id.aduan.complaint.ComplaintService;
import id.aduan.complaint.ComplaintStatus;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The public list of reports that are not confidential, with filters and pages of ten. */
@Controller
class ReportListController {

    static final int PAGE_SIZE = 10;

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
            @RequestParam(name = "halaman", required = false) String pageNumber,
            Model model) {
        var filters = new Filters(blankToNull(agency), blankToNull(category), blankToNull(region), status(status));
        var page = complaints.search(
                new ComplaintSearch(filters.instansi(), filters.kategori(), filters.wilayah(), filters.status()),
                pageIndex(pageNumber),
                PAGE_SIZE);
        model.addAttribute("filters", filters);
        model.addAttribute("page", page);
        if (page.hasPrevious()) {
            model.addAttribute("previousLink", filters.link(page.getNumber()));
        }
        if (page.hasNext()) {
            model.addAttribute("nextLink", filters.link(page.getNumber() + 2));
        }
        model.addAttribute("statuses", ComplaintStatus.values());
        model.addAttribute("categories", reference.categories());
        model.addAttribute("regions", reference.regions());
        model.addAttribute("agencies", reference.agencies());
        return "portal/reports";
    }

    private static int pageIndex(String pageNumber) {
        try {
            return pageNumber == null ? 0 : Math.max(0, Integer.parseInt(pageNumber.strip()) - 1);
        } catch (NumberFormatException e) {
            return 0;
        }
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

        /** The list with these filters on a page, counted from 1. */
        String link(int pageNumber) {
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
            return link.queryParam("halaman", pageNumber).encode().build().toUriString();
        }
    }
}
