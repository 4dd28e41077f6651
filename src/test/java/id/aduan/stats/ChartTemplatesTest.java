package id.aduan.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The fragments of {@code templates/stats/charts.html}, rendered by Thymeleaf with Spring's expressions as on the
 * pages, and read back as XML: what they draw, their text alternative, and nothing the page's content security
 * policy would block (no script, no style element or attribute).
 */
class ChartTemplatesTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final List<YearMonth> YEAR_2026 = IntStream.rangeClosed(1, 12)
            .mapToObj(month -> YearMonth.of(2026, month))
            .toList();
    private static final BarChart MONTHS = BarChart.perMonth(
            "Laporan per bulan 2026",
            YEAR_2026,
            List.of(812L, 904L, 1234L, 1010L, 640L, 720L, 980L, 1105L, 870L, 760L, 501L, 340L),
            INDONESIAN);
    private static final LineChart ON_TIME = LineChart.perMonth(
            "Jawaban pertama tepat waktu 2026",
            YEAR_2026,
            Arrays.asList(80, 84, 78, 60, null, 71, 88, 95, 91, 90, null, 92),
            INDONESIAN);
    private static final BreakdownChart STATUSES = BreakdownChart.of(
            "Laporan menurut status 2026",
            List.of("Belum ditindaklanjuti", "Diproses", "Ditindaklanjuti", "Selesai"),
            List.of(39L, 12L, 0L, 65L),
            INDONESIAN);

    private final SpringTemplateEngine engine = engine();

    @Test
    void barChartDrawsOneRectanglePerMonthWithItsTitleAndTextAlternative() throws Exception {
        // when
        var figure = render("bar", MONTHS);

        // then
        var svg = single(figure, "//svg");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 560 260");
        assertThat(svg.getAttribute("aria-labelledby"))
                .isEqualTo("chart-laporan-per-bulan-2026-title chart-laporan-per-bulan-2026-desc");
        assertThat(text(figure, "//svg/title[@id='chart-laporan-per-bulan-2026-title']"))
                .isEqualTo("Laporan per bulan 2026");
        assertThat(text(figure, "//svg/desc[@id='chart-laporan-per-bulan-2026-desc']"))
                .isEqualTo("Laporan per bulan 2026: tertinggi Maret (1.234), terendah Desember (340), total 9.876.");
        assertThat(nodes(figure, "//g[@class='chart-bars']/rect").getLength()).isEqualTo(12);
        assertThat(text(figure, "//g[@class='chart-bars']/rect[3]/title")).isEqualTo("Maret: 1.234");
        assertThat(texts(figure, "//g[@class='chart-labels']/text")).startsWith("Jan", "Feb", "Mar");
        assertThat(texts(figure, "//g[@class='chart-ticks']/text")).containsExactly("0", "500", "1.000", "1.500");
        assertAllowedByThePagePolicy(figure);
    }

    @Test
    void lineChartLeavesGapsWhereAMonthHasNoValue() throws Exception {
        // when
        var figure = render("trend", ON_TIME);

        // then
        assertThat(nodes(figure, "//g[@class='chart-points']/circle").getLength())
                .isEqualTo(10);
        assertThat(nodes(figure, "//g[@class='chart-line']/polyline").getLength())
                .as("January to April, June to October; December stands alone")
                .isEqualTo(2);
        assertThat(text(figure, "//svg/desc"))
                .isEqualTo("Jawaban pertama tepat waktu 2026: terakhir 92% (Desember), tertinggi 95% (Agustus), "
                        + "terendah 60% (April); tanpa data: Mei dan November.");
        assertThat(texts(figure, "//g[@class='chart-ticks']/text")).containsExactly("0%", "25%", "50%", "75%", "100%");
        assertAllowedByThePagePolicy(figure);
    }

    @Test
    void breakdownDrawsThePartsThatAreNotZeroAndListsEveryPartInTheLegend() throws Exception {
        // when
        var figure = render("breakdown", STATUSES);

        // then
        assertThat(nodes(figure, "//g[@class='chart-parts']/rect").getLength()).isEqualTo(3);
        assertThat(single(figure, "//g[@class='chart-parts']/rect[3]").getAttribute("class"))
                .isEqualTo("chart-part-4");
        assertThat(texts(figure, "//ul[@class='chart-legend']/li/span[@class='chart-legend-value']"))
                .containsExactly("39 (34%)", "12 (10%)", "0 (0%)", "65 (56%)");
        assertThat(text(figure, "//svg/desc"))
                .isEqualTo(
                        "Laporan menurut status 2026: jumlah 116; Belum ditindaklanjuti 39 (34%), Diproses 12 (10%), "
                                + "Selesai 65 (56%).");
        assertAllowedByThePagePolicy(figure);
    }

    @Test
    void chartsWithoutDataSaySoInsteadOfDrawing() throws Exception {
        // given
        var months = BarChart.perMonth("Laporan per bulan 2027", YEAR_2026, zeros(), INDONESIAN);
        var statuses = BreakdownChart.of("Status 2027", List.of("Selesai"), List.of(0L), Locale.ENGLISH);
        var onTime = LineChart.of("Tepat waktu 2027", List.of("Jan"), Arrays.asList((Integer) null), INDONESIAN);

        // when
        var figures = List.of(render("bar", months), render("breakdown", statuses), render("trend", onTime));

        // then
        for (var figure : figures) {
            assertThat(nodes(figure, "//svg").getLength()).isZero();
            assertThat(nodes(figure, "//ul").getLength()).isZero();
        }
        assertThat(text(figures.get(0), "//p[@class='chart-empty']")).isEqualTo("Tidak ada data untuk periode ini.");
        assertThat(text(figures.get(1), "//p[@class='chart-empty']")).isEqualTo("No data for this period.");
    }

    @Test
    void everyChartOnOnePageHasItsOwnIds() throws Exception {
        // given
        var twoYears = IntStream.range(0, 24)
                .mapToObj(i -> YearMonth.of(2025, 1).plusMonths(i))
                .toList();
        var perMonth = BarChart.perMonth(
                "Laporan per bulan 2025–2026",
                twoYears,
                twoYears.stream()
                        .map(month -> 40L * month.getMonthValue() + month.getYear() % 7)
                        .toList(),
                INDONESIAN);
        var nothing = BarChart.of("Laporan 2030", List.of("2030"), List.of(0L), INDONESIAN);
        var page = new StringBuilder();
        for (var fragment : List.of(
                Map.entry("bar", (Object) MONTHS),
                Map.entry("trend", ON_TIME),
                Map.entry("breakdown", STATUSES),
                Map.entry("bar", perMonth),
                Map.entry("bar", nothing))) {
            page.append(renderText(fragment.getKey(), fragment.getValue()));
        }

        // when
        var document = parse("<body>" + page + "</body>");

        // then
        var ids = new ArrayList<String>();
        var elements = nodes(document, "//*[@id]");
        for (var i = 0; i < elements.getLength(); i++) {
            ids.add(((Element) elements.item(i)).getAttribute("id"));
        }
        assertThat(ids).hasSize(8).doesNotHaveDuplicates();
        writeForLookingAt(page.toString());
    }

    /**
     * Leaves the three charts in {@code target/charts/charts.html}, styled by the pages' style sheet, to look at in
     * a browser (README, "Statistics").
     */
    private static void writeForLookingAt(String charts) throws Exception {
        var css = Path.of("src/main/resources/static/assets/aduan.css")
                .toAbsolutePath()
                .toUri();
        var html = "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><link rel=\"stylesheet\" href=\""
                + css + "\"><title>Charts</title></head><body><main class=\"wrap\">" + charts + "</main></body></html>";
        Files.createDirectories(Path.of("target/charts"));
        Files.writeString(Path.of("target/charts/charts.html"), html);
    }

    private static void assertAllowedByThePagePolicy(Document figure) throws Exception {
        assertThat(nodes(figure, "//script").getLength()).isZero();
        assertThat(nodes(figure, "//style").getLength()).isZero();
        assertThat(nodes(figure, "//*[@style]").getLength()).isZero();
        assertThat(nodes(figure, "//@*[starts-with(name(), 'on')]").getLength()).isZero();
    }

    private static List<Long> zeros() {
        return YEAR_2026.stream().map(month -> 0L).toList();
    }

    private Document render(String fragment, Object chart) throws Exception {
        return parse(renderText(fragment, chart));
    }

    private String renderText(String fragment, Object chart) {
        var page = "<th:block th:replace=\"~{stats/charts :: " + fragment + "(${chart})}\"/>";
        return engine.process(page, new Context(INDONESIAN, Map.of("chart", chart)));
    }

    private static Document parse(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static NodeList nodes(Document document, String xpath) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
    }

    private static Element single(Document document, String xpath) throws Exception {
        var nodes = nodes(document, xpath);
        assertThat(nodes.getLength()).as(xpath).isEqualTo(1);
        return (Element) nodes.item(0);
    }

    private static String text(Document document, String xpath) throws Exception {
        return single(document, xpath).getTextContent().strip();
    }

    private static List<String> texts(Document document, String xpath) throws Exception {
        var nodes = nodes(document, xpath);
        var texts = new ArrayList<String>();
        for (var i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    private static SpringTemplateEngine engine() {
        var files = new ClassLoaderTemplateResolver();
        files.setPrefix("templates/");
        files.setSuffix(".html");
        files.setTemplateMode(TemplateMode.HTML);
        files.setCharacterEncoding("UTF-8");
        files.setCheckExistence(true);
        files.setOrder(1);
        var pages = new StringTemplateResolver();
        pages.setTemplateMode(TemplateMode.HTML);
        pages.setOrder(2);
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolvers(Set.of(files, pages));
        return engine;
    }
}
