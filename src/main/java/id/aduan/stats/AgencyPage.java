package id.aduan.stats;

import java.util.List;

/** Some of the agencies, from {@code offset} in the order of their codes, of {@code total}. */
public record AgencyPage(List<Row> rows, int offset, int total) {

    public boolean hasNext() {
        return offset + rows.size() < total;
    }
}
