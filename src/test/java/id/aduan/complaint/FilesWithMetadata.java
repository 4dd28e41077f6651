package id.aduan.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Directory;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.file.FileTypeDirectory;
import com.drew.metadata.jfif.JfifDirectory;
import com.drew.metadata.jpeg.HuffmanTablesDirectory;
import com.drew.metadata.jpeg.JpegDirectory;
import com.drew.metadata.png.PngDirectory;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcRecord;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcTypes;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.PhotoshopApp13Data;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffImageWriterLossy;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Photos and documents as reporters' devices write them, made up in the test: a phone's JPEG with the owner's name,
 * the phone's make and model and the GPS position of the reporter's house; a PNG with text chunks; a scanned PDF
 * with its author, creator, XMP, a script and an embedded file. And the checks that none of it is left.
 */
public final class FilesWithMetadata {

    public static final String OWNER = "Dewi Lestari";
    public static final String MAKE = "Samsung";
    public static final String MODEL = "SM-A546E";
    public static final String PDF_TEXT = "Surat keterangan RT 04";

    /** What a file must not hold once cleaned, in any encoding the tests can read. */
    private static final List<String> TRACES = List.of("Dewi", "Lestari", MAKE, MODEL, "app.alert");

    private static final Color RED = new Color(0xC0, 0x10, 0x10);
    private static final Color BLUE = new Color(0x10, 0x30, 0xC0);

    private FilesWithMetadata() {}

    /**
     * A 64 × 48 photo, red in its top left quarter and blue elsewhere, stored as a phone held upright stores it:
     * with EXIF orientation 6 (shown turned a quarter clockwise, 48 × 64 with the red quarter at the top right), the
     * owner, make, model and GPS position in EXIF, the owner in XMP and IPTC, and a comment.
     */
    public static byte[] jpeg() {
        try {
            var bytes = write(picture(), "jpeg");
            var withExif = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(bytes, withExif, exif(6));
            var withXmp = new ByteArrayOutputStream();
            new JpegXmpRewriter().updateXmpXml(withExif.toByteArray(), withXmp, xmp());
            var withIptc = new ByteArrayOutputStream();
            new JpegIptcRewriter()
                    .writeIptc(
                            withXmp.toByteArray(),
                            withIptc,
                            new PhotoshopApp13Data(List.of(new IptcRecord(IptcTypes.BYLINE, OWNER)), List.of()));
            return withComment(withIptc.toByteArray(), "Rumah " + OWNER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same photo as PNG with the same EXIF in an eXIf chunk but orientation 8 (shown turned a quarter anticlockwise,
     * 48 × 64 with the red quarter at the bottom left), and the owner in tEXt and iTXt chunks.
     */
    public static byte[] png() {
        try {
            var tiff = new ByteArrayOutputStream();
            new TiffImageWriterLossy().write(tiff, exif(8));
            var bytes = write(picture(), "png");
            var afterHeader = 8 + 25;
            var beforeEnd = bytes.length - 12;
            var png = new ByteArrayOutputStream();
            png.write(bytes, 0, afterHeader);
            png.write(chunk("eXIf", tiff.toByteArray()));
            png.write(bytes, afterHeader, beforeEnd - afterHeader);
            png.write(chunk("tEXt", ("Author\0" + OWNER).getBytes(StandardCharsets.ISO_8859_1)));
            png.write(chunk("iTXt", ("Description\0\0\0\0\0Rumah " + OWNER).getBytes(StandardCharsets.UTF_8)));
            png.write(bytes, beforeEnd, 12);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The photo as a four-channel JPEG, its inks stored inverted as Adobe's CMYK JPEGs store them: with the Adobe marker
     * that says so, or without any.
     */
    public static byte[] cmykJpeg(boolean adobeMarker) {
        var inks = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 64, 48, 4, null);
        for (var y = 0; y < 48; y++) {
            for (var x = 0; x < 64; x++) {
                var red = x < 32 && y < 24;
                inks.setPixel(x, y, red ? new int[] {0xC0, 0x10, 0x10, 0xFF} : new int[] {0x10, 0x30, 0xC0, 0xFF});
            }
        }
        var writer = ImageIO.getImageWritersByFormatName("jpeg");
        var bytes = new ByteArrayOutputStream();
        try (var output = new MemoryCacheImageOutputStream(bytes)) {
            var rasters = writer.next();
            while (!rasters.canWriteRasters()) {
                rasters = writer.next();
            }
            rasters.setOutput(output);
            rasters.write(null, new IIOImage(inks, null, null), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var jpeg = bytes.toByteArray();
        if (!adobeMarker) {
            return jpeg;
        }
        var adobe = new byte[] {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
        var marked = Arrays.copyOf(jpeg, jpeg.length + adobe.length);
        System.arraycopy(adobe, 0, marked, 2, adobe.length);
        System.arraycopy(jpeg, 2, marked, 2 + adobe.length, jpeg.length - 2);
        return marked;
    }

    /**
     * A one-page PDF with the owner as author and creator, in XMP, in a script run on opening and in an embedded file,
     * and the phone's photo as it was taken (a JPEG with its EXIF, as printing a photo to PDF keeps it).
     */
    public static byte[] pdf() {
        try (var document = new PDDocument()) {
            var page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 700);
                content.showText(PDF_TEXT);
                content.endText();
                content.drawImage(JPEGFactory.createFromByteArray(document, jpeg()), 72, 500);
            }
            var information = document.getDocumentInformation();
            information.setAuthor(OWNER);
            information.setCreator("Pemindai " + MAKE + " " + MODEL);
            var catalog = document.getDocumentCatalog();
            var metadata = new PDMetadata(document);
            metadata.importXMPMetadata(xmp().getBytes(StandardCharsets.UTF_8));
            catalog.setMetadata(metadata);
            catalog.setOpenAction(new PDActionJavaScript("app.alert('" + OWNER + "');"));
            var embedded = new PDEmbeddedFile(
                    document, new ByteArrayInputStream(("KTP " + OWNER).getBytes(StandardCharsets.UTF_8)));
            var file = new PDComplexFileSpecification();
            file.setFile("ktp.txt");
            file.setEmbeddedFile(embedded);
            var files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("ktp.txt", file));
            var names = new PDDocumentNameDictionary(catalog);
            names.setEmbeddedFiles(files);
            catalog.setNames(names);
            var bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The signature and header of a PNG of that size, and its end, with nothing between. */
    public static byte[] pngHeaderOnly(int width, int height) {
        var header = ByteBuffer.allocate(13)
                .putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 2)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0)
                .array();
        var png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        png.writeBytes(chunk("IHDR", header));
        png.writeBytes(chunk("IEND", new byte[0]));
        return png.toByteArray();
    }

    /** The start of a JPEG and a baseline frame header of that size (three components), then its end. */
    public static byte[] jpegHeaderOnly(int width, int height) {
        return ByteBuffer.allocate(23)
                .put(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC0, 0, 17, 8})
                .putShort((short) height)
                .putShort((short) width)
                .put(new byte[] {3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1})
                .put(new byte[] {(byte) 0xFF, (byte) 0xD9})
                .array();
    }

    /** Asserts that a photo holds no EXIF, GPS, XMP, IPTC, comments or text chunks: only what its pixels need. */
    public static void assertPhotoWithoutMetadata(byte[] photo) {
        assertThat(new String(photo, StandardCharsets.ISO_8859_1)).doesNotContain(TRACES);
        assertThat(directories(photo))
                .isNotEmpty()
                .allSatisfy(directory -> assertThat(directory)
                        .isInstanceOfAny(
                                JpegDirectory.class,
                                JfifDirectory.class,
                                HuffmanTablesDirectory.class,
                                FileTypeDirectory.class,
                                PngDirectory.class)
                        .isNotInstanceOfAny(ExifDirectoryBase.class, GpsDirectory.class))
                .filteredOn(PngDirectory.class::isInstance)
                .extracting(directory ->
                        ((PngDirectory) directory).getPngChunkType().getIdentifier())
                .doesNotContain("tEXt", "iTXt", "zTXt", "eXIf", "tIME");
    }

    /** Asserts that the photo's EXIF names the owner, as the device wrote it. */
    public static void assertPhotoWithMetadata(byte[] photo) {
        assertThat(directories(photo))
                .filteredOn(ExifIFD0Directory.class::isInstance)
                .extracting(directory -> directory.getString(ExifDirectoryBase.TAG_ARTIST))
                .containsExactly(OWNER);
    }

    /**
     * Asserts that a PDF opens, shows its text and its photo, and holds nothing of the owner, the phone, no script and
     * no embedded file.
     */
    public static void assertPdfWithoutMetadata(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document)).contains(PDF_TEXT);
            var catalog = document.getDocumentCatalog();
            assertThat(document.getDocumentInformation().getAuthor()).isNull();
            assertThat(document.getDocumentInformation().getCreator()).isNull();
            assertThat(catalog.getMetadata()).isNull();
            assertThat(catalog.getOpenAction()).isNull();
            assertThat(catalog.getNames() == null || catalog.getNames().getEmbeddedFiles() == null)
                    .as("no embedded files")
                    .isTrue();
            var photo = document.getPage(0)
                    .getResources()
                    .getXObjectNames()
                    .iterator()
                    .next();
            var image = (PDImageXObject) document.getPage(0).getResources().getXObject(photo);
            assertThat(image.getImage().getWidth()).isEqualTo(64);
            var everything = new StringBuilder();
            for (var key : document.getDocument().getXrefTable().keySet()) {
                var object = document.getDocument().getObjectFromPool(key).getObject();
                everything.append(object);
                if (object instanceof COSStream stream) {
                    try (var raw = stream.createRawInputStream();
                            var decoded = stream.createInputStream()) {
                        everything.append(new String(raw.readAllBytes(), StandardCharsets.ISO_8859_1));
                        everything.append(new String(decoded.readAllBytes(), StandardCharsets.ISO_8859_1));
                    }
                }
            }
            assertThat(everything.toString()).doesNotContain(TRACES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A photo's pixels as they are stored. */
    public static BufferedImage picture(byte[] photo) {
        try {
            return ImageIO.read(new ByteArrayInputStream(photo));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that the pixel is about red (the photo's top left quarter) or about blue (the rest). */
    public static void assertRed(BufferedImage picture, int x, int y, boolean red) {
        var colour = new Color(picture.getRGB(x, y));
        var expected = red ? RED : BLUE;
        assertThat(Math.abs(colour.getRed() - expected.getRed())
                        + Math.abs(colour.getGreen() - expected.getGreen())
                        + Math.abs(colour.getBlue() - expected.getBlue()))
                .as("colour at %d, %d: %s", x, y, colour)
                .isLessThan(60);
    }

    private static List<Directory> directories(byte[] photo) {
        try {
            var directories = new ArrayList<Directory>();
            ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo))
                    .getDirectories()
                    .forEach(directories::add);
            return directories;
        } catch (ImageProcessingException | IOException e) {
            throw new AssertionError("not a photo that can be read", e);
        }
    }

    /** EXIF as a phone writes it: its make and model, the owner, the orientation and the GPS position. */
    private static TiffOutputSet exif(int orientation) throws IOException {
        var exif = new TiffOutputSet();
        var root = exif.getOrCreateRootDirectory();
        root.add(TiffTagConstants.TIFF_TAG_MAKE, MAKE);
        root.add(TiffTagConstants.TIFF_TAG_MODEL, MODEL);
        root.add(TiffTagConstants.TIFF_TAG_ARTIST, OWNER);
        root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
        exif.setGpsInDegrees(104.7458, -2.9761);
        return exif;
    }

    private static BufferedImage picture() {
        var image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(BLUE);
        graphics.fillRect(0, 0, 64, 48);
        graphics.setColor(RED);
        graphics.fillRect(0, 0, 32, 24);
        graphics.dispose();
        return image;
    }

    private static byte[] write(BufferedImage image, String format) throws IOException {
        var bytes = new ByteArrayOutputStream();
        ImageIO.write(image, format, bytes);
        return bytes.toByteArray();
    }

    private static String xmp() {
        return "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:creator><rdf:Seq><rdf:li>" + OWNER + "</rdf:li></rdf:Seq></dc:creator>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta>";
    }

    /** A JPEG comment (COM) segment right after the start of the image. */
    private static byte[] withComment(byte[] jpeg, String comment) {
        var text = comment.getBytes(StandardCharsets.ISO_8859_1);
        var segment = ByteBuffer.allocate(4 + text.length)
                .put((byte) 0xFF)
                .put((byte) 0xFE)
                .putShort((short) (text.length + 2))
                .put(text)
                .array();
        var result = Arrays.copyOf(jpeg, jpeg.length + segment.length);
        System.arraycopy(segment, 0, result, 2, segment.length);
        System.arraycopy(jpeg, 2, result, 2 + segment.length, jpeg.length - 2);
        return result;
    }

    private static byte[] chunk(String type, byte[] data) {
        var typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        var crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length)
                .putInt(data.length)
                .put(typeBytes)
                .put(data)
                .putInt((int) crc.getValue())
                .array();
    }
}
