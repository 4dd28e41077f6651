package id.aduan.complaint;

import id.aduan.system.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * Where the reported problem is: an address, coordinates, or both. Coordinates lie in Indonesia, and have no more
 * digits than {@link ComplaintLimits#COORDINATE_FRACTION_DIGITS} allows, so that a number such as 1E-1000000000 is
 * refused before anything computes with it.
 */
@Embeddable
public record Location(
        @Column(name = "location_address") @PlainText @Size(max = ComplaintLimits.ADDRESS_MAX)
        String address,

        @Column(name = "location_latitude")
        @DecimalMin(value = ComplaintLimits.LATITUDE_MIN, message = "must lie in Indonesia (-11.5 to 6.5)")
        @DecimalMax(value = ComplaintLimits.LATITUDE_MAX, message = "must lie in Indonesia (-11.5 to 6.5)")
        @Digits(
                integer = ComplaintLimits.COORDINATE_INTEGER_DIGITS,
                fraction = ComplaintLimits.COORDINATE_FRACTION_DIGITS,
                message = ComplaintLimits.COORDINATE_DIGITS_MESSAGE)
        BigDecimal latitude,

        @Column(name = "location_longitude")
        @DecimalMin(value = ComplaintLimits.LONGITUDE_MIN, message = "must lie in Indonesia (94.5 to 141.5)")
        @DecimalMax(value = ComplaintLimits.LONGITUDE_MAX, message = "must lie in Indonesia (94.5 to 141.5)")
        @Digits(
                integer = ComplaintLimits.COORDINATE_INTEGER_DIGITS,
                fraction = ComplaintLimits.COORDINATE_FRACTION_DIGITS,
                message = ComplaintLimits.COORDINATE_DIGITS_MESSAGE)
        BigDecimal longitude) {

    /** Checked as the field {@code location.coordinates}. */
    @AssertTrue(message = "give both latitude and longitude, or neither")
    boolean isCoordinates() {
        return (latitude == null) == (longitude == null);
    }
}
