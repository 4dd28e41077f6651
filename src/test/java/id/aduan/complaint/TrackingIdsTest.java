package id.aduan.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrackingIdsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ADU-7K3M-9Q01",
                "adu-7k3m-9q01",
                "adu7k3m9q01",
                "7K3M9Q01",
                "7k3m-9qO1",
                "7k3m 9qoi",
                "ADU 7K3M 9QOL",
                "adu.7k3m.9q0l",
                " ADU-7K3M-9Q01. ",
                "7K3M9QOl"
            })
    void readsTheIdAsPeopleTypeIt(String typed) {
        assertThat(TrackingIds.parse(typed)).contains("ADU-7K3M-9Q01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ADU", "ADU-7K3M-9Q0", "ADU-7K3M-9Q012", "7K3M9QU1", "ADU-7K3M-9Q0!", "cek"})
    void refusesWhatCannotBeAnId(String typed) {
        assertThat(TrackingIds.parse(typed)).isEmpty();
    }

    @RepeatedTest(20)
    void readsEveryIdItMakes() {
        var id = TrackingIds.next();
        assertThat(TrackingIds.parse(id.toLowerCase().replace("-", ""))).contains(id);
    }
}
