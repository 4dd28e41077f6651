package id.aduan;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features talk to each other only through their base packages, without cycles (../shared/STYLE.md). */
class ModularityTest {

    @Test
    void featuresDependOnEachOthersPublicTypesOnlyAndWithoutCycles() {
        ApplicationModules.of(AduanApplication.class).verify();
    }
}
