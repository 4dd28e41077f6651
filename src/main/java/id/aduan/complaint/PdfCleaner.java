package id.aduan.complaint;

import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.springframework.stereotype.Component;

/**
 * Checks that a PDF is one, by reading it with Apache PDFBox, and writes it anew without its metadata (the document
 * information dictionary: author, creator, producer, dates; XMP of the document, its pages and images; applications'
 * private data; the EXIF, XMP, IPTC and comments of photos it holds as JPEG, which a phone's photo printed to PDF
 * keeps) and without what would run or hide when it is opened (JavaScript, actions on opening and on events,
 * actions other than going to a page or a web address, embedded files, XML forms). A damaged PDF, one without pages,
 * and an encrypted one are refused.
 */
@Component
class PdfCleaner {

    /** What a PDF's objects may hold under these keys goes, wherever they appear. */
    private static final List<COSName> REMOVED = List.of(
            COSName.METADATA,
            COSName.PIECE_INFO,
            COSName.OPEN_ACTION,
            COSName.AA,
            COSName.JAVA_SCRIPT,
            COSName.EMBEDDED_FILES,
            COSName.EF,
            COSName.getPDFName("RF"),
            COSName.XFA);

    /** A JPEG's JFIF header, ICC profile and Adobe colour transform: what shows its pixels right. */
    private static final Set<Integer> KEPT_JPEG_SEGMENTS = Set.of(JPEG.APP0, JPEG.APP2, JPEG.APP14);

    /** Actions that go somewhere within the document or to a web page, and so stay. */
    private static final Set<String> PASSIVE_ACTIONS = Set.of("GoTo", "Named", "URI");

    private static final List<String> WEB_ADDRESSES = List.of("http://", "https://", "mailto:");

    byte[] clean(String name, byte[] content) {
        try (var document = Loader.loadPDF(content, "")) {
            if (document.isEncrypted() || document.getNumberOfPages() == 0) {
                throw unreadable(name);
            }
            removeMetadataAndActions(document.getDocument());
            var cleaned = new ByteArrayOutputStream();
            document.save(cleaned);
            return cleaned.toByteArray();
        } catch (AttachmentRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw unreadable(name);
        }
    }

    /**
     * Visits every object that the saved document will hold (those reachable from its trailer), without the
     * information dictionary.
     */
    private static void removeMetadataAndActions(COSDocument document) throws IOException {
        var trailer = document.getTrailer();
        trailer.removeItem(COSName.INFO);
        var visited = Collections.newSetFromMap(new IdentityHashMap<COSBase, Boolean>());
        var pending = new ArrayDeque<COSBase>();
        pending.push(trailer);
        while (!pending.isEmpty()) {
            var object = dereference(pending.pop());
            if (object == null || !visited.add(object)) {
                continue;
            }
            if (object instanceof COSStream stream && isJpegImage(stream)) {
                removeJpegMetadata(stream);
            }
            if (object instanceof COSDictionary dictionary) {
                clean(dictionary);
                dictionary.getValues().forEach(pending::push);
            } else if (object instanceof COSArray array) {
                array.forEach(pending::push);
            }
        }
    }

    private static void clean(COSDictionary dictionary) {
        REMOVED.forEach(dictionary::removeItem);
        for (var key : List.of(COSName.A, COSName.NEXT)) {
            if (isActive(dictionary.getDictionaryObject(key))) {
                dictionary.removeItem(key);
            }
        }
    }

    /** An action, or a list of them, that does more than go to a page or a web address. */
    private static boolean isActive(COSBase value) {
        if (value instanceof COSArray actions) {
            for (var action : actions) {
                if (isActiveAction(dereference(action))) {
                    return true;
                }
            }
            return false;
        }
        return isActiveAction(value);
    }

    private static boolean isActiveAction(COSBase value) {
        if (!(value instanceof COSDictionary action) || !action.containsKey(COSName.S)) {
            return false;
        }
        var type = action.getNameAsString(COSName.S);
        if (!PASSIVE_ACTIONS.contains(type)) {
            return true;
        }
        if ("URI".equals(type)) {
            var address = String.valueOf(action.getString(COSName.URI)).toLowerCase(Locale.ROOT);
            return WEB_ADDRESSES.stream().noneMatch(address::startsWith);
        }
        return false;
    }

    private static boolean isJpegImage(COSStream stream) {
        var filters = stream.getFilters();
        if (filters instanceof COSArray list && list.size() == 1) {
            filters = list.getObject(0);
        }
        return COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))
                && (COSName.DCT_DECODE.equals(filters) || COSName.DCT_DECODE_ABBREVIATION.equals(filters));
    }

    /**
     * Writes the image's JPEG again without its EXIF, XMP, IPTC, comment and other application segments, keeping its
     * JFIF header, ICC profile and Adobe colour transform, and its compressed pixels as they are (TwelveMonkeys reads
     * the segments).
     */
    private static void removeJpegMetadata(COSStream stream) throws IOException {
        byte[] jpeg;
        try (var raw = stream.createRawInputStream()) {
            jpeg = raw.readAllBytes();
        }
        var cleaned = new ByteArrayOutputStream(jpeg.length);
        var output = new DataOutputStream(cleaned);
        try (var input = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
            var segments = JPEGSegmentUtil.readSegments(input, JPEGSegmentUtil.ALL_SEGMENTS);
            if (segments.isEmpty() || segments.get(segments.size() - 1).marker() != JPEG.SOS) {
                throw new IOException("A JPEG image of the PDF has no scan");
            }
            output.writeShort(JPEG.SOI);
            for (var segment : segments) {
                if (KEPT_JPEG_SEGMENTS.contains(segment.marker()) || !isApplicationSegment(segment.marker())) {
                    output.writeShort(segment.marker());
                    output.writeShort(segment.segmentLength());
                    segment.segmentData().transferTo(output);
                }
            }
            output.write(jpeg, (int) input.getStreamPosition(), jpeg.length - (int) input.getStreamPosition());
        }
        try (var raw = stream.createRawOutputStream()) {
            raw.write(cleaned.toByteArray());
        }
    }

    private static boolean isApplicationSegment(int marker) {
        return (marker >= JPEG.APP0 && marker <= JPEG.APP15) || marker == JPEG.COM;
    }

    private static COSBase dereference(COSBase object) {
        return object instanceof COSObject reference ? reference.getObject() : object;
    }

    private static AttachmentRejectedException unreadable(String name) {
        return new AttachmentRejectedException(
                AttachmentRejectedException.Reason.UNREADABLE,
                name,
                "'" + name + "' cannot be read as a PDF document, or is protected by a password");
    }
}
