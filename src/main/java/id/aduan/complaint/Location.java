package id.aduan.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** Where the reported problem is: an address, coordinates, or both. */
@Embeddable
public record Location(
        @Column(name = "location_address") String address,
        @Column(name = "location_latitude") BigDecimal latitude,
        @Column(name = "location_longitude") BigDecimal longitude) {}
