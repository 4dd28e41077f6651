package id.aduan.stats.web;

import id.aduan.stats.InstallationFigures;
import id.aduan.stats.InstallationStatistics;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Aduan installations this one is connected to, for national administrators: each one's address, the agencies it
 * serves, whether it is reachable (when its figures were last fetched, the last error) and the figures themselves.
 */
@RestController
@Tag(name = "Installations", description = "Other Aduan installations this one is connected to")
class InstallationsController {

    private final InstallationStatistics installations;

    InstallationsController(InstallationStatistics installations) {
        this.installations = installations;
    }

    @GetMapping("/api/installations")
    @Operation(
            summary = "Connected Aduan installations (national administrators)",
            description =
                    "Every integration of kind ADUAN_INSTALLATION with the other installation's address, active or"
                            + " suspended: the agencies it serves, its national figures as last fetched (fetchedAt), and the"
                            + " last failed attempt (failedAt, lastError); reachable is whether the last attempt succeeded")
    List<InstallationFigures> installations() {
        return installations.list();
    }
}
