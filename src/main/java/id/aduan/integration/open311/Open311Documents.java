package id.aduan.integration.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * What Open311 GeoReport v2 answers, as records that {@link Open311Writer} writes in XML and in JSON. Names are the
 * specification's (snake case); lists that XML wraps ({@code <attributes><attribute>}) are arrays in JSON.
 */
final class Open311Documents {

    private Open311Documents() {}

    /** Service discovery ({@code discovery.xml}). */
    record Discovery(
            String changeset,
            String contact,
            String keyService,

            @JacksonXmlElementWrapper(localName = "endpoints") @JacksonXmlProperty(localName = "endpoint")
            List<Endpoint> endpoints) {}

    record Endpoint(
            String specification,
            String url,
            String changeset,
            String type,

            @JacksonXmlElementWrapper(localName = "formats") @JacksonXmlProperty(localName = "format")
            List<String> formats) {}

    /** A service of the list ({@code services.xml}): one of Aduan's categories. */
    record Service(
            String serviceCode,
            String serviceName,
            String description,
            boolean metadata,
            String type,
            String keywords,
            String group) {}

    /** A service definition ({@code services/{code}.xml}): the attributes a request of the service carries. */
    record ServiceDefinition(
            String serviceCode,

            @JacksonXmlElementWrapper(localName = "attributes") @JacksonXmlProperty(localName = "attribute")
            List<Attribute> attributes) {}

    record Attribute(
            boolean variable,
            String code,
            String datatype,
            boolean required,
            String datatypeDescription,
            int order,
            String description,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @JacksonXmlElementWrapper(localName = "values")
            @JacksonXmlProperty(localName = "value")
            List<Value> values) {}

    record Value(String key, String name) {}

    /**
     * A service request ({@code requests.xml}): one report. {@code title} is mySociety's addition, which FixMyStreet
     * reads; {@code extended_attributes} and {@code notes} come with {@code extensions=true} only.
     */
    record Request(
            String serviceRequestId,
            String status,
            String statusNotes,
            String serviceName,
            String serviceCode,
            String title,
            String description,
            String agencyResponsible,
            String serviceNotice,
            String requestedDatetime,
            String updatedDatetime,
            String expectedDatetime,
            String address,
            String addressId,
            String zipcode,
            @JsonProperty("lat") BigDecimal latitude,
            @JsonProperty("long") BigDecimal longitude,
            String mediaUrl,
            @JsonInclude(JsonInclude.Include.NON_NULL) ExtendedAttributes extendedAttributes,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @JacksonXmlElementWrapper(localName = "notes")
            @JacksonXmlProperty(localName = "note")
            List<Note> notes) {}

    /** Aduan's own words for a report, with {@code extensions=true}. */
    record ExtendedAttributes(String reportType, String region, String regionName, String aduanStatus) {}

    /** An entry of the public timeline, with {@code extensions=true}: {@code opened}, {@code activity} or {@code closed}. */
    record Note(String datetime, String type, String summary, String agency, String description) {}

    /** What {@code POST requests} answers: the tracking ID at once, no token. */
    record CreatedRequest(String serviceRequestId, String serviceNotice, String accountId) {}

    /** An update of mySociety's {@code servicerequestupdates}: an entry of a report's timeline. */
    record Update(
            String updateId,
            String serviceRequestId,
            String status,
            String updatedDatetime,
            String description,
            String mediaUrl) {}

    /** What {@code POST servicerequestupdates} answers: the id of the update Aduan recorded. */
    record CreatedUpdate(String updateId) {}

    record Error(int code, String description) {}
}
