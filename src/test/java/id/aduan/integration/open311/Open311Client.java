package id.aduan.integration.open311;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.ApiClient;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Open311's answers as a client reads them: XML with XPath, JSON as a tree; each checked for its status and type. */
final class Open311Client {

    private final ApiClient api;

    Open311Client(ApiClient api) {
        this.api = api;
    }

    ApiClient.Response get(String path) {
        return api.get("/open311/v2/" + path);
    }

    /** A form as Open311 clients post it, {@code name=value&…} in UTF-8; a name may come more than once. */
    ApiClient.Response post(String path, List<Map.Entry<String, String>> form) {
        var body = form.stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return api.send("POST", "/open311/v2/" + path, "application/x-www-form-urlencoded", body);
    }

    /** The XML answer of a POST with the status. */
    Xml postXml(String path, List<Map.Entry<String, String>> form, int status) {
        var response = post(path, form);
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("text/xml;charset=utf-8");
        return Xml.of(response.text());
    }

    /** The JSON answer of a POST with the status. */
    JsonNode postJson(String path, List<Map.Entry<String, String>> form, int status) {
        var response = post(path, form);
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("application/json;charset=utf-8");
        return response.json();
    }

    /** The XML answer of a GET with the status. */
    Xml xml(String path, int status) {
        var response = get(path);
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("text/xml;charset=utf-8");
        assertThat(response.text()).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        return Xml.of(response.text());
    }

    /** The JSON answer of a GET with the status. */
    JsonNode json(String path, int status) {
        var response = get(path);
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("application/json;charset=utf-8");
        return response.json();
    }

    /** An XML document read with XPath. */
    record Xml(Document document, String text) {

        static Xml of(String text) {
            try {
                var factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                return new Xml(
                        factory.newDocumentBuilder()
                                .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))),
                        text);
            } catch (Exception e) {
                throw new AssertionError("Not XML: " + text, e);
            }
        }

        String value(String xpath) {
            try {
                return XPathFactory.newInstance().newXPath().evaluate(xpath, document);
            } catch (Exception e) {
                throw new AssertionError(xpath, e);
            }
        }

        List<String> values(String xpath) {
            try {
                var nodes = (NodeList)
                        XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
                var values = new ArrayList<String>();
                for (var i = 0; i < nodes.getLength(); i++) {
                    values.add(nodes.item(i).getTextContent());
                }
                return values;
            } catch (Exception e) {
                throw new AssertionError(xpath, e);
            }
        }

        int count(String xpath) {
            return values(xpath).size();
        }
    }
}
