package id.aduan.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComplaintTaskContextTest {

    @Test
    void aTitleKeepsItsPunctuationButMakesNoLinkNoWebAddressAndNoEmphasis() {
        assertThat(ComplaintTaskContext.escapeInLine(
                        "Jl. Merdeka (km 5) - segera! [klik](http://x.id) www.contoh.id *tebal* <b>"))
                .isEqualTo(
                        "Jl. Merdeka (km 5) - segera! \\[klik\\](http://x\\.id) www\\.contoh\\.id \\*tebal\\* \\<b\\>");
    }
}
