package id.aduan.region.web;

import id.aduan.deadline.OfficeTimeZone;
import id.aduan.region.Region;
import id.aduan.region.RegionLevel;
import id.aduan.region.RegionService;
import id.aduan.system.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Regions: anyone may list them; national and system administrators add them (down to districts, kecamatan). */
@RestController
class RegionController {

    private static final String CODE = "\\d{2}(\\.\\d{2}){0,2}";
    private static final String CODE_MESSAGE = "must be a Kemendagri code such as 16, 16.06 or 16.06.01";

    private final RegionService regions;

    RegionController(RegionService regions) {
        this.regions = regions;
    }

    @GetMapping("/api/regions")
    List<RegionResponse> list() {
        return regions.list().stream().map(RegionResponse::of).toList();
    }

    @PostMapping("/api/regions")
    ResponseEntity<RegionResponse> create(@Valid @RequestBody RegionRequest request) {
        var region = regions.create(
                request.code(), request.name().strip(), request.level(), request.parentCode(), request.timeZone());
        return ResponseEntity.created(URI.create("/api/regions")).body(RegionResponse.of(region));
    }

    record RegionRequest(
            @NotNull @Pattern(regexp = CODE, message = CODE_MESSAGE)
            String code,

            @NotBlank @PlainText @Size(max = 120) String name,
            @NotNull RegionLevel level,
            @Pattern(regexp = CODE, message = CODE_MESSAGE) String parentCode,
            @NotNull OfficeTimeZone timeZone) {}

    record RegionResponse(String code, String name, RegionLevel level, String parentCode, OfficeTimeZone timeZone) {

        static RegionResponse of(Region region) {
            return new RegionResponse(
                    region.getCode(),
                    region.getName(),
                    region.getLevel(),
                    region.getParentCode(),
                    region.getTimeZone());
        }
    }
}
