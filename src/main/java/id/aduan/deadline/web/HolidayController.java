package id.aduan.deadline.web;

import id.aduan.deadline.Holiday;
import id.aduan.deadline.HolidayKind;
import id.aduan.deadline.HolidayService;
import id.aduan.system.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Holidays: anyone may read them; national administrators and system administrators change them. */
@RestController
@RequestMapping("/api/holidays")
class HolidayController {

    private final HolidayService holidays;

    HolidayController(HolidayService holidays) {
        this.holidays = holidays;
    }

    @GetMapping
    List<HolidayResponse> list(@RequestParam @Min(2000) @Max(2100) int year) {
        return holidays.list(year).stream().map(HolidayResponse::of).toList();
    }

    @PostMapping
    ResponseEntity<HolidayResponse> create(@Valid @RequestBody HolidayRequest request) {
        var holiday = holidays.create(request.date(), request.name().strip(), request.kind());
        return ResponseEntity.created(URI.create("/api/holidays/" + holiday.getDate()))
                .body(HolidayResponse.of(holiday));
    }

    @PutMapping("/{date}")
    HolidayResponse update(
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @Valid @RequestBody HolidayRequest request) {
        return HolidayResponse.of(
                holidays.update(date, request.date(), request.name().strip(), request.kind()));
    }

    @DeleteMapping("/{date}")
    ResponseEntity<Void> delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        holidays.delete(date);
        return ResponseEntity.noContent().build();
    }

    record HolidayRequest(
            @NotNull LocalDate date,
            @NotBlank @PlainText @Size(max = 160) String name,
            @NotNull HolidayKind kind) {}

    record HolidayResponse(LocalDate date, String name, HolidayKind kind) {

        static HolidayResponse of(Holiday holiday) {
            return new HolidayResponse(holiday.getDate(), holiday.getName(), holiday.getKind());
        }
    }
}
