package id.aduan.integration.open311;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.util.MultiValueMap;

/**
 * A form as an Open311 client posts it ({@code application/x-www-form-urlencoded}): named values, some repeated, and
 * {@code attribute[code]} for a service's attributes ({@code attribute[code][]} too, as the specification writes lists).
 * Empty values count as absent, as the specification says of optional parameters.
 */
record Open311Form(MultiValueMap<String, String> values) {

    /** The parameter's first value that is not blank, without the white space around it, or null. */
    String value(String name) {
        return all(name).stream().findFirst().orElse(null);
    }

    /** Every value of the parameter that is not blank, without the white space around it. */
    List<String> all(String name) {
        return Stream.ofNullable(values.get(name))
                .flatMap(List::stream)
                .filter(value -> value != null && !value.isBlank())
                .map(String::strip)
                .toList();
    }

    /** The first value of the attribute with this code, as {@code attribute[code]} or {@code attribute[code][]}. */
    String attribute(String code) {
        var value = value("attribute[" + code + "]");
        return value != null ? value : value("attribute[" + code + "][]");
    }
}
