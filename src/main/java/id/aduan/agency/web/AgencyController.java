package id.aduan.agency.web;

import id.aduan.agency.Agency;
import id.aduan.agency.AgencyDetails;
import id.aduan.agency.AgencyLevel;
import id.aduan.agency.AgencyService;
import id.aduan.deadline.OfficeTimeZone;
import id.aduan.system.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Agencies: anyone may list them; national and system administrators add and change them. */
@RestController
@Validated
@RequestMapping("/api/agencies")
class AgencyController {

    static final String CODE = "[A-Z0-9][A-Z0-9-]{1,39}";
    static final String CODE_MESSAGE = "must be 2 to 40 capital letters, digits or hyphens, such as DINKES-MUBA";

    private final AgencyService agencies;

    AgencyController(AgencyService agencies) {
        this.agencies = agencies;
    }

    @GetMapping
    List<AgencyResponse> list() {
        return agencies.list().stream().map(AgencyResponse::of).toList();
    }

    @PostMapping
    ResponseEntity<AgencyResponse> create(@Valid @RequestBody NewAgencyRequest request) {
        var agency = agencies.create(request.code(), request.details().toDetails());
        return ResponseEntity.created(URI.create("/api/agencies/" + agency.getCode()))
                .body(AgencyResponse.of(agency));
    }

    @PutMapping("/{code}")
    AgencyResponse update(
            @PathVariable @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
            @Valid @RequestBody AgencyRequest request) {
        return AgencyResponse.of(agencies.update(code, request.toDetails()));
    }

    record AgencyRequest(
            @NotBlank @PlainText @Size(max = 160) String name,
            @NotNull AgencyLevel level,
            @Pattern(regexp = CODE, message = CODE_MESSAGE) String parentCode,
            @Size(max = 13) String regionCode,
            @NotNull OfficeTimeZone timeZone,
            Boolean requiresLiaisonApproval) {

        AgencyDetails toDetails() {
            return new AgencyDetails(
                    name.strip(),
                    level,
                    parentCode,
                    regionCode,
                    timeZone,
                    Boolean.TRUE.equals(requiresLiaisonApproval));
        }
    }

    record NewAgencyRequest(
            @NotNull @Pattern(regexp = CODE, message = CODE_MESSAGE)
            String code,

            @NotBlank @PlainText @Size(max = 160) String name,
            @NotNull AgencyLevel level,
            @Pattern(regexp = CODE, message = CODE_MESSAGE) String parentCode,
            @Size(max = 13) String regionCode,
            @NotNull OfficeTimeZone timeZone,
            Boolean requiresLiaisonApproval) {

        AgencyRequest details() {
            return new AgencyRequest(name, level, parentCode, regionCode, timeZone, requiresLiaisonApproval);
        }
    }

    record AgencyResponse(
            String code,
            String name,
            AgencyLevel level,
            String parentCode,
            String regionCode,
            OfficeTimeZone timeZone,
            boolean requiresLiaisonApproval) {

        static AgencyResponse of(Agency agency) {
            return new AgencyResponse(
                    agency.getCode(),
                    agency.getName(),
                    agency.getLevel(),
                    agency.getParentCode(),
                    agency.getRegionCode(),
                    agency.getTimeZone(),
                    agency.requiresLiaisonApproval());
        }
    }
}
