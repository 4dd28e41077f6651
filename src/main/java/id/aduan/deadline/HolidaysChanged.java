package id.aduan.deadline;

import java.time.LocalDate;

/**
 * Published, in the changing transaction, when holidays were added, moved or removed: every deadline
 * ending on or after {@code from} may have moved.
 */
public record HolidaysChanged(LocalDate from) {}
