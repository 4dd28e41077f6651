package id.aduan.region;

import id.aduan.deadline.OfficeTimeZone;
import id.aduan.system.FieldProblemException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class RegionService {

    /** A province's two digits, or a region's parent code and two digits more ({@code 16}, {@code 16.06}, …). */
    private static final Pattern PART = Pattern.compile("\\d{2}");

    private static final Logger log = LoggerFactory.getLogger(RegionService.class);

    private final RegionRepository regions;

    RegionService(RegionRepository regions) {
        this.regions = regions;
    }

    public List<Region> list() {
        return regions.findAllByOrderByCode();
    }

    public Optional<Region> find(String code) {
        return code == null ? Optional.empty() : regions.findById(code);
    }

    /**
     * Adds a region with its Kemendagri code: a province ({@code 17}), a regency or city in a province ({@code 16.07}),
     * a district (kecamatan) in a regency or city ({@code 16.06.01}). Its government is an agency added with its
     * region code; until then reports filed there go to the government of the region it lies in.
     */
    @Transactional
    public Region create(String code, String name, RegionLevel level, String parentCode, OfficeTimeZone timeZone) {
        if (regions.existsById(code)) {
            throw new FieldProblemException(
                    HttpStatus.CONFLICT,
                    "Region exists",
                    "code",
                    "is the code of " + find(code).get().getName());
        }
        if (level == RegionLevel.PROVINCE) {
            if (parentCode != null) {
                throw new FieldProblemException("parentCode", "must be empty for a province");
            }
            if (!PART.matcher(code).matches()) {
                throw new FieldProblemException("code", "must be two digits for a province, such as 16");
            }
        } else {
            var parent = find(parentCode)
                    .orElseThrow(() -> new FieldProblemException(
                            "parentCode", "is not a known region; GET /api/regions lists them"));
            if (Arrays.stream(level.parentLevels()).noneMatch(parent.getLevel()::equals)) {
                throw new FieldProblemException(
                        "parentCode",
                        "is a " + parent.getLevel() + ", where a " + level + " lies in a "
                                + Arrays.toString(level.parentLevels()));
            }
            if (!code.startsWith(parentCode + ".")
                    || !PART.matcher(code.substring(parentCode.length() + 1)).matches()) {
                throw new FieldProblemException(
                        "code", "must be the parent's code and two digits more, such as " + parentCode + ".01");
            }
        }
        var region = regions.save(new Region(code, name, level, parentCode, timeZone));
        log.info("Region {} added: {} ({})", code, name, level);
        return region;
    }
}
