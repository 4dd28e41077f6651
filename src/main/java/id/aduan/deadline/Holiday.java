package id.aduan.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "holiday")
public class Holiday {

    @Id
    @Column(name = "holiday_date")
    private LocalDate date;

    private String name;

    @Enumerated(EnumType.STRING)
    private HolidayKind kind;

    protected Holiday() {}

    Holiday(LocalDate date, String name, HolidayKind kind) {
        this.date = date;
        this.name = name;
        this.kind = kind;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getName() {
        return name;
    }

    public HolidayKind getKind() {
        return kind;
    }

    void rename(String name, HolidayKind kind) {
        this.name = name;
        this.kind = kind;
    }
}
