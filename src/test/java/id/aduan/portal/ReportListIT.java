package id.aduan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aduan.AduanIntegrationTest;
import id.aduan.complaint.Channel;
import id.aduan.complaint.ComplaintService;
import id.aduan.complaint.Language;
import id.aduan.complaint.NewComplaint;
import id.aduan.complaint.ReportType;
import id.aduan.system.FieldProblemException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

/**
 * The public list's pages: each link names the report it continues from, so that the first, the next, the previous
 * and the last page each open from a position instead of a number.
 */
@AduanIntegrationTest
class ReportListIT {

    /** Environment in Solok Selatan: no other test files such reports, so the pages hold exactly these. */
    private static final String FILTER = "/laporan?kategori=ENVIRONMENT&wilayah=13.11";

    private static final Pattern TITLE = Pattern.compile("<h3><a href=\"/laporan/[^\"]+\">([^<]+)</a></h3>");
    private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]+)\" rel=\"([a-z]+)\"");

    @Autowired
    WebApplicationContext context;

    @Autowired
    ComplaintService complaints;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = SecuredMockMvc.on(context);
    }

    @Test
    void pagesFromPositionsToTheNextThePreviousAndTheLastPage() throws Exception {
        // given twelve public reports about the environment in Solok Selatan, and a confidential one
        for (var i = 1; i <= 12; i++) {
            file("Sungai tercemar limbah " + i, false);
        }
        file("Pembuangan limbah rahasia", true);

        // when a reader opens the filtered list
        var first = page(FILTER);

        // then it counts the twelve, shows the newest ten, and links only to older ones
        assertThat(first).contains("12 laporan").doesNotContain("Pembuangan limbah");
        assertThat(titles(first)).hasSize(10).first().isEqualTo("Sungai tercemar limbah 12");
        assertThat(link(first, "prev")).isEmpty();
        assertThat(link(first, "first")).isEmpty();

        // when the reader follows the link to the older ones
        var next = page(link(first, "next").orElseThrow());

        // then the last two follow, with the filters kept, and nothing older
        assertThat(link(first, "next").orElseThrow()).contains("kategori=ENVIRONMENT", "wilayah=13.11", "sebelum=");
        assertThat(titles(next)).containsExactly("Sungai tercemar limbah 2", "Sungai tercemar limbah 1");
        assertThat(link(next, "next")).isEmpty();
        assertThat(link(next, "last")).isEmpty();

        // when the reader goes back to the newer ones
        var previous = page(link(next, "prev").orElseThrow());

        // then the ten newer ones are there, as on the first page
        assertThat(titles(previous)).isEqualTo(titles(first));

        // when the reader jumps from the first page to the last
        var last = page(link(first, "last").orElseThrow());

        // then the ten oldest are there, newest first, with a way back and none further
        assertThat(titles(last)).hasSize(10).first().isEqualTo("Sungai tercemar limbah 10");
        assertThat(titles(last)).last().isEqualTo("Sungai tercemar limbah 1");
        assertThat(link(last, "next")).isEmpty();
        assertThat(titles(page(link(last, "prev").orElseThrow())))
                .containsExactly("Sungai tercemar limbah 12", "Sungai tercemar limbah 11");
        assertThat(link(last, "first")).hasValue(FILTER);
    }

    @Test
    void opensTheFirstPageForAnOldPageNumberAndRefusesAPositionNoLinkWrote() throws Exception {
        // when an old link with a page number is opened, then the first page shows
        assertThat(page("/laporan?halaman=5")).contains("id=\"result-count\"");

        // when a position is not one a link wrote, then the answer is a bad request naming the parameter
        for (var parameter : List.of("sebelum", "sesudah")) {
            var refused = mvc.perform(get("/laporan").param(parameter, "halaman-2"))
                    .andExpect(status().isBadRequest())
                    .andReturn()
                    .getResolvedException();
            assertThat(refused)
                    .isInstanceOfSatisfying(
                            FieldProblemException.class,
                            problem -> assertThat(problem.error().field()).isEqualTo(parameter));
        }
    }

    private void file(String title, boolean confidential) {
        complaints.submit(new NewComplaint(
                ReportType.COMPLAINT,
                title,
                "Air sungai berwarna hitam dan berbau sejak pabrik dibuka.",
                "ENVIRONMENT",
                "13.11",
                null,
                null,
                null,
                true,
                confidential,
                Language.ID,
                Channel.WEB,
                null));
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> titles(String page) {
        return TITLE.matcher(page).results().map(match -> match.group(1)).toList();
    }

    private static Optional<String> link(String page, String rel) {
        return LINK.matcher(page)
                .results()
                .filter(match -> match.group(2).equals(rel))
                .map(match -> HtmlUtils.htmlUnescape(match.group(1)))
                .findFirst();
    }
}
