package id.aduan.portal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Files a reporter attaches, made up in the test. */
public final class TestFiles {

    private TestFiles() {}

    /** A small photo of a red wall, as PNG. */
    public static byte[] png() {
        var image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(0xA6, 0x1B, 0x1B));
        graphics.fillRect(0, 0, 64, 48);
        graphics.dispose();
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A photo of grain, as PNG, which compresses as badly as a phone's photo: about {@code width × height × 3} bytes,
     * the same for the same seed.
     */
    public static byte[] grainyPng(int width, int height, long seed) {
        var random = new Random(seed);
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (var y = 0; y < height; y++) {
            for (var x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A letter of one blank page, as PDF. */
    public static byte[] pdf() {
        try (var document = new PDDocument()) {
            document.addPage(new PDPage());
            var bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gif() {
        return "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;".getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A file that starts like a PNG and is larger than the given number of megabytes. */
    static byte[] pngLargerThan(int megabytes) {
        var bytes = Arrays.copyOf(png(), megabytes * 1024 * 1024 + 1);
        Arrays.fill(bytes, png().length, bytes.length, (byte) 7);
        return bytes;
    }

    static Path write(Path folder, String name, byte[] content) {
        try {
            return Files.write(folder.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
