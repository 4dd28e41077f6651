package id.aduan.complaint;

import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.jpeg.JpegProcessingException;
import com.drew.imaging.png.PngChunkReader;
import com.drew.imaging.png.PngChunkType;
import com.drew.imaging.png.PngProcessingException;
import com.drew.lang.ByteArrayReader;
import com.drew.lang.StreamReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import java.awt.AlphaComposite;
import java.awt.color.ColorSpace;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.springframework.stereotype.Component;

/**
 * Writes a photo anew from its pixels alone, so that nothing the camera or the reporter's device wrote into the file
 * (GPS position, make and model, owner's name, XMP, IPTC, comments, text chunks, thumbnails) is kept. The EXIF
 * orientation is applied to the pixels first, so the photo looks as it did. Its size in pixels is read before it is
 * decoded, and a photo of more than {@value ComplaintLimits#ATTACHMENT_MAX_MEGAPIXELS} megapixels is refused.
 */
@Component
class PhotoCleaner {

    private static final long MAX_PIXELS = ComplaintLimits.ATTACHMENT_MAX_MEGAPIXELS * 1_000_000L;
    private static final float JPEG_QUALITY = 0.9f;
    private static final int UPRIGHT = 1;

    /**
     * ImageIO looks for plug-ins with the class loader of the thread that uses it first: scanning here registers
     * TwelveMonkeys' JPEG reader (CMYK and YCCK photos, damaged ICC profiles) whichever thread decodes first.
     */
    PhotoCleaner() {
        ImageIO.scanForPlugins();
    }

    /** @param type {@link AttachmentType#JPEG} or {@link AttachmentType#PNG}; the result has the same type */
    byte[] clean(AttachmentType type, String name, byte[] content) {
        var image = decode(type, name, content);
        return encode(type, upright(image, orientation(type, content), type == AttachmentType.PNG));
    }

    private static BufferedImage decode(AttachmentType type, String name, byte[] content) {
        var reader = ImageIO.getImageReadersByMIMEType(type.contentType()).next();
        try (var input = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(input, true, true);
            if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                throw new AttachmentRejectedException(
                        AttachmentRejectedException.Reason.TOO_MANY_PIXELS,
                        name,
                        "'" + name + "' has more than " + ComplaintLimits.ATTACHMENT_MAX_MEGAPIXELS + " megapixels");
            }
            return reader.read(0);
        } catch (AttachmentRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new AttachmentRejectedException(
                    AttachmentRejectedException.Reason.UNREADABLE,
                    name,
                    "'" + name + "' cannot be read as a " + type + " photo");
        } finally {
            reader.dispose();
        }
    }

    /** The EXIF orientation (1 to 8), from a JPEG's APP1 segment or a PNG's eXIf chunk; 1 when there is none. */
    private static int orientation(AttachmentType type, byte[] content) {
        try {
            var metadata = type == AttachmentType.JPEG
                    ? JpegMetadataReader.readMetadata(new ByteArrayInputStream(content), List.of(new ExifReader()))
                    : pngExif(content);
            var exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            return exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)
                    ? exif.getInt(ExifIFD0Directory.TAG_ORIENTATION)
                    : UPRIGHT;
        } catch (JpegProcessingException | PngProcessingException | MetadataException | IOException e) {
            return UPRIGHT;
        }
    }

    /** Reads a PNG's eXIf chunk alone: its compressed text chunks are never inflated. */
    private static Metadata pngExif(byte[] content) throws PngProcessingException, IOException {
        var metadata = new Metadata();
        var chunks = new PngChunkReader()
                .extract(new StreamReader(new ByteArrayInputStream(content)), Set.of(PngChunkType.eXIf));
        for (var chunk : chunks) {
            new ExifReader().extract(new ByteArrayReader(chunk.getBytes()), metadata);
        }
        return metadata;
    }

    /**
     * The image turned as its EXIF orientation says, in sRGB or grey (a CMYK photo's colours converted), with
     * transparency only where the format keeps it; an upright image that is so already as it is. Quarter turns and
     * mirrors map each pixel onto one pixel, so nothing is interpolated.
     */
    private static BufferedImage upright(BufferedImage image, int orientation, boolean keepsAlpha) {
        var colourSpace = image.getColorModel().getColorSpace();
        var alpha = keepsAlpha && image.getColorModel().hasAlpha();
        var plain = image.getType() != BufferedImage.TYPE_CUSTOM
                && (colourSpace.isCS_sRGB() || colourSpace == ColorSpace.getInstance(ColorSpace.CS_GRAY))
                && image.getColorModel().hasAlpha() == alpha;
        if ((orientation < 2 || orientation > 8) && plain) {
            return image;
        }
        var width = image.getWidth();
        var height = image.getHeight();
        var turned = orientation >= 5 && orientation <= 8;
        var type = alpha
                ? BufferedImage.TYPE_INT_ARGB
                : colourSpace.getType() == ColorSpace.TYPE_GRAY
                        ? BufferedImage.TYPE_BYTE_GRAY
                        : BufferedImage.TYPE_INT_RGB;
        var result = new BufferedImage(turned ? height : width, turned ? width : height, type);
        var graphics = result.createGraphics();
        try {
            graphics.setComposite(AlphaComposite.Src);
            graphics.drawImage(image, transform(orientation, width, height), null);
        } finally {
            graphics.dispose();
        }
        return result;
    }

    /** Moves the stored pixels to where the EXIF orientation (EXIF 2.32, tag 0x0112) says they are shown. */
    private static AffineTransform transform(int orientation, int width, int height) {
        return switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, width, 0); // mirror left to right
            case 3 -> new AffineTransform(-1, 0, 0, -1, width, height); // turn half round
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, height); // mirror top to bottom
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0); // mirror along the diagonal from the top left
            case 6 -> new AffineTransform(0, 1, -1, 0, height, 0); // turn a quarter clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, height, width); // mirror along the other diagonal
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, width); // turn a quarter anticlockwise
            default -> new AffineTransform();
        };
    }

    /** The image alone: no EXIF, XMP, IPTC, comments or text chunks (a JPEG gets the JFIF header only). */
    private static byte[] encode(AttachmentType type, BufferedImage image) {
        var writer = ImageIO.getImageWritersByMIMEType(type.contentType()).next();
        var bytes = new ByteArrayOutputStream();
        try (var output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            var parameters = writer.getDefaultWriteParam();
            if (type == AttachmentType.JPEG) {
                parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                parameters.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), parameters);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a " + type + " photo in memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
