package id.aduan;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A real Kannel for tests: Debian's {@code bearerbox} and {@code smsbox} (package {@code kannel}) run the shipped
 * {@code kannel/kannel.conf}, and its fake SMS centre {@code fakesmsc} (package {@code kannel-extras}) plays the
 * phones. Only what a test must change is rewritten: free loopback ports, the host and port of the sms-service's URL
 * (the test's application), and the log and store files (under {@code target/kannel/}); so the tests prove the shipped
 * file works. Without Kannel the tests are skipped with a message, unless {@code aduan.kannel-tests.required=true}
 * (as in CI), where they fail.
 *
 * <p>{@link #create()} picks the ports, so that the application can be told {@link #sendsmsUrl()} before it starts;
 * {@link #start(URI)} then starts Kannel for that application. Phones are numbers as Kannel sees them: a reply goes to
 * the sender exactly as {@link #phoneSends} gave it, a sendsms to the {@code to} as given ({@code +62…} or
 * {@code 0812…}).
 */
public final class KannelGateway implements AutoCloseable {

    /** The configuration operators get, and that the tests run. */
    public static final Path CONFIGURATION = Path.of("kannel", "kannel.conf");

    static final String REQUIRED = "aduan.kannel-tests.required";

    private static final Path BEARERBOX = Path.of(System.getProperty("aduan.kannel.bearerbox", "/usr/sbin/bearerbox"));
    private static final Path SMSBOX = Path.of(System.getProperty("aduan.kannel.smsbox", "/usr/sbin/smsbox"));
    private static final Path FAKESMSC =
            Path.of(System.getProperty("aduan.kannel.fakesmsc", "/usr/lib/kannel/test/fakesmsc"));
    private static final Path RUNS = Path.of("target", "kannel");

    /** How long Kannel may take to start or stop on a busy machine; it takes under a second on an idle one. */
    private static final Duration STARTUP = Duration.ofSeconds(30);

    /**
     * fakesmsc reads the phones' lines from stdin with {@code fgets} into 256 bytes, and looks at its connection only
     * when stdin has something or after a second of silence. So every tick hands it one piece of at most this many
     * bytes, or an empty line that makes it print what Kannel sent; never more at once, or pieces would wait in its
     * stdio buffer until a later write.
     */
    private static final int PIECE = 255;

    private static final Duration TICK = Duration.ofMillis(50);
    private static final int GSM_SEGMENT = 160;
    private static final int GSM_CONCATENATED_SEGMENT = 153;

    private static final Pattern GOT_MESSAGE = Pattern.compile("Got message \\d+: <(.*)>$");
    private static final Pattern MESSAGE = Pattern.compile("(\\S+) (\\S+) (text|data|ucs-2|udh) (.*)");
    private static final Pattern UDH_MESSAGE = Pattern.compile("(\\S+) data (\\S*)");
    private static final Pattern SECRET = Pattern.compile("[?&]secret=([^&]*)");
    private static final Pattern ORIGIN = Pattern.compile("[a-z]+://[^/?]+");

    private final Configuration configuration;
    private final Path directory;
    private final int adminPort = freePort();
    private final int smsboxPort = freePort();
    private final int sendsmsPort = freePort();
    private final int fakeSmscPort = freePort();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Thread shutdownHook = new Thread(this::destroyProcesses, "kannel-gateway-shutdown");

    private final Object inboxLock = new Object();
    private final List<Sms> inbox = new ArrayList<>();
    private final Map<String, Map<Integer, byte[]>> parts = new HashMap<>();
    private boolean lastWasText;

    private URI application;
    // Read by the shutdown hook's thread too.
    private volatile Process bearerbox;
    private volatile Process smsbox;
    private volatile Process fakesmsc;
    private Thread writer;
    private BlockingQueue<String> toFakesmsc;

    private KannelGateway(Configuration configuration, Path directory) {
        this.configuration = configuration;
        this.directory = directory;
    }

    /**
     * Reads the shipped configuration and picks free ports, without starting anything yet. Skips the test when Kannel
     * is not installed, or fails it where Kannel tests are required.
     */
    public static KannelGateway create() {
        var missing = Arrays.stream(new Path[] {BEARERBOX, SMSBOX, FAKESMSC})
                .filter(binary -> !Files.isExecutable(binary))
                .map(Path::toString)
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty() && Boolean.getBoolean(REQUIRED)) {
            throw new IllegalStateException("Kannel tests are required (" + REQUIRED + "=true) but " + missing
                    + " is missing: apt-get install -y kannel kannel-extras");
        }
        assumeTrue(
                missing.isEmpty(),
                "Kannel tests skipped: install kannel and kannel-extras (apt-get install -y kannel kannel-extras)");
        try {
            Files.createDirectories(RUNS);
            return new KannelGateway(Configuration.read(CONFIGURATION), Files.createTempDirectory(RUNS, "gateway-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts bearerbox, smsbox and the fake SMS centre, with the sms-service calling {@code application} (its scheme,
     * host and port; the path and query stay as shipped), and waits until the SMS centre and smsbox are connected.
     */
    public KannelGateway start(URI application) {
        if (this.application != null) {
            throw new IllegalStateException("Kannel was started already; stop() and restart() it");
        }
        this.application = application;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        write(directory.resolve("kannel.conf"), configuration.forTest(this));
        launch();
        return this;
    }

    /**
     * Stops the whole gateway as an operator would (bearerbox's {@code /shutdown}, which ends smsbox too; the fake SMS
     * centre ends with them) and waits until all three are gone. SMS that waited for an SMS centre stay in the store.
     * While it is stopped, sendsms refuses connections and the phones cannot send.
     */
    public void stop() {
        stopWriter();
        if (bearerbox != null && bearerbox.isAlive()) {
            admin("/shutdown");
        }
        awaitExit(bearerbox, "bearerbox");
        // Told to end by bearerbox, or left behind when it died: smsbox would try again for about 10 s.
        end(smsbox);
        end(fakesmsc);
        bearerbox = null;
        smsbox = null;
        fakesmsc = null;
    }

    /** Starts the gateway again after {@link #stop()}, on the same ports and with the same store. */
    public void restart() {
        if (application == null) {
            throw new IllegalStateException("Kannel was never started: start(application) first");
        }
        if (bearerbox != null) {
            throw new IllegalStateException("Kannel is running: stop() it first");
        }
        launch();
    }

    /**
     * Takes the operator's SMS centre offline (the fake one disconnects) while Kannel keeps running: sendsms answers
     * {@code 3: Queued for later delivery} and bearerbox keeps the SMS until {@link #startSmsc()}.
     */
    public void stopSmsc() {
        stopWriter();
        fakesmsc.destroy();
        end(fakesmsc);
        fakesmsc = null;
        awaitStatus("the fake SMS centre offline", status -> !fakeSmscOnline(status));
    }

    /** Connects the fake SMS centre again after {@link #stopSmsc()}; waiting SMS then reach the phones. */
    public void startSmsc() {
        startFakesmsc();
        awaitStatus("the fake SMS centre online", this::fakeSmscOnline);
        startWriter();
    }

    /** A phone sends {@code text} to the short code (the smsbox's {@code global-sender}, 1708). */
    public void phoneSends(String from, String text) {
        phoneSends(from, shortCode(), text);
    }

    /**
     * A phone sends {@code text} to {@code to}, as a phone would: up to 160 printable ASCII characters as one SMS in
     * the GSM alphabet, longer ones as parts of 153 characters with a concatenation header (bearerbox joins them);
     * anything else (emoji, accents, line breaks) in UCS-2. fakesmsc cannot send UCS-2 parts with a header, so a UCS-2
     * text of any length goes as one message, which Kannel takes as it would the joined parts.
     */
    public void phoneSends(String from, String to, String text) {
        if (writer == null) {
            throw new IllegalStateException("The fake SMS centre is not connected (Kannel stopped?): " + from
                    + " cannot send \"" + text + "\"");
        }
        for (var line : lines(from, to, text)) {
            for (int start = 0; start < line.length(); start += PIECE) {
                toFakesmsc.add(line.substring(start, Math.min(line.length(), start + PIECE)));
            }
        }
    }

    /** Every SMS the phone got so far, long ones joined, in the order they arrived. */
    public List<Sms> messagesTo(String phone) {
        synchronized (inboxLock) {
            return inbox.stream().filter(sms -> sms.to().equals(phone)).toList();
        }
    }

    /**
     * The first SMS to the phone (of all it got, earlier ones included) that matches, waiting up to {@code timeout}
     * for it; fails with what the phone got and the end of Kannel's logs.
     */
    public Sms awaitMessageTo(String phone, Predicate<Sms> condition, Duration timeout) {
        var deadline = Instant.now().plus(timeout);
        synchronized (inboxLock) {
            while (true) {
                var found = inbox.stream()
                        .filter(sms -> sms.to().equals(phone) && condition.test(sms))
                        .findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
                var left = Duration.between(Instant.now(), deadline);
                if (left.isNegative() || left.isZero()) {
                    throw new AssertionError("No SMS to " + phone + " as expected within " + timeout + "; it got "
                            + messagesTo(phone) + logTail());
                }
                try {
                    inboxLock.wait(Math.max(1, left.toMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("Interrupted while waiting for an SMS to " + phone, e);
                }
            }
        }
    }

    /** Where the application sends SMS: smsbox's {@code /cgi-bin/sendsms} on this machine. */
    public String sendsmsUrl() {
        return "http://127.0.0.1:" + sendsmsPort + "/cgi-bin/sendsms";
    }

    /** The sendsms-user's username in the shipped configuration. */
    public String username() {
        return configuration.value("sendsms-user", "username");
    }

    /** The sendsms-user's password in the shipped configuration. */
    public String password() {
        return configuration.value("sendsms-user", "password");
    }

    /** The {@code secret} that the shipped sms-service sends the application (its {@code aduan.sms.gateway.secret}). */
    public String secret() {
        var secret = SECRET.matcher(configuration.value("sms-service", "get-url"));
        if (!secret.find()) {
            throw new IllegalStateException("The sms-service's get-url in " + CONFIGURATION + " has no secret");
        }
        return URLDecoder.decode(secret.group(1), StandardCharsets.UTF_8);
    }

    /** The short code phones send to and Aduan's SMS come from: the smsbox's {@code global-sender}. */
    public String shortCode() {
        return configuration.value("smsbox", "global-sender");
    }

    /** bearerbox's status page ({@code /status.txt}): boxes, SMS centres and queues. */
    public String status() {
        return admin("/status.txt").orElse("bearerbox does not answer at 127.0.0.1:" + adminPort);
    }

    @Override
    public void close() {
        stop();
        if (application != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // The hook runs anyway.
            }
        }
    }

    private void launch() {
        var conf = directory.resolve("kannel.conf").toString();
        bearerbox = process(List.of(BEARERBOX.toString(), "-v", "1", conf), "bearerbox.out");
        awaitStatus("bearerbox's status page", status -> true);
        smsbox = process(List.of(SMSBOX.toString(), "-v", "1", conf), "smsbox.out");
        startFakesmsc();
        awaitStatus("smsbox and the fake SMS centre connected", status -> {
            if (!smsbox.isAlive()) {
                // smsbox gives up when bearerbox's box port is not open yet; it is by now.
                smsbox = process(List.of(SMSBOX.toString(), "-v", "1", conf), "smsbox.out");
            }
            if (!fakesmsc.isAlive()) {
                startFakesmsc();
            }
            return status.contains("smsbox:") && fakeSmscOnline(status);
        });
        startWriter();
    }

    private boolean fakeSmscOnline(String status) {
        return Pattern.compile("FAKE:" + fakeSmscPort + " \\(online")
                .matcher(status)
                .find();
    }

    private void startFakesmsc() {
        var builder = new ProcessBuilder(
                        FAKESMSC.toString(),
                        "-H",
                        "127.0.0.1",
                        "-r",
                        String.valueOf(fakeSmscPort),
                        "-i",
                        "0.01",
                        "-v",
                        "0")
                .redirectErrorStream(true);
        try {
            var process = builder.start();
            fakesmsc = process;
            var reader = new Thread(() -> readFakesmsc(process), "fakesmsc-reader");
            reader.setDaemon(true);
            reader.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startWriter() {
        var queue = new LinkedBlockingQueue<String>();
        var stdin = fakesmsc.getOutputStream();
        var thread = new Thread(() -> writeFakesmsc(queue, stdin), "fakesmsc-writer");
        thread.setDaemon(true);
        toFakesmsc = queue;
        writer = thread;
        thread.start();
    }

    private void stopWriter() {
        if (writer != null) {
            writer.interrupt();
            try {
                writer.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            writer = null;
        }
    }

    /** One write a tick: the next piece of a phone's SMS, or an empty line. */
    private static void writeFakesmsc(BlockingQueue<String> queue, OutputStream stdin) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(TICK.toMillis());
                var piece = queue.poll();
                stdin.write((piece == null ? "\n" : piece).getBytes(StandardCharsets.US_ASCII));
                stdin.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException fakesmscEnded) {
            // Kannel stopped: fakesmsc ends with its connection.
        }
    }

    private void readFakesmsc(Process process) {
        var log = directory.resolve("fakesmsc.out");
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                var out = Files.newBufferedWriter(
                        log, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            String line;
            while ((line = reader.readLine()) != null) {
                out.write(line);
                out.newLine();
                out.flush();
                var got = GOT_MESSAGE.matcher(line);
                if (got.find()) {
                    received(got.group(1));
                }
            }
        } catch (IOException e) {
            // The process ended.
        }
    }

    /** One line of fakesmsc's "Got message" output: "FROM TO text|data|ucs-2 TEXT" or "FROM TO udh UDH data DATA". */
    private void received(String content) {
        synchronized (inboxLock) {
            var message = MESSAGE.matcher(content);
            if (!message.matches()) {
                // A line break inside a GSM text: fakesmsc prints what follows it as a line of its own.
                if (lastWasText && !inbox.isEmpty()) {
                    var last = inbox.remove(inbox.size() - 1);
                    inbox.add(new Sms(last.from(), last.to(), last.text() + "\n" + content, last.parts(), false));
                    inboxLock.notifyAll();
                }
                return;
            }
            var from = message.group(1);
            var to = message.group(2);
            var payload = message.group(4);
            lastWasText = message.group(3).equals("text");
            switch (message.group(3)) {
                case "text" -> deliver(new Sms(from, to, payload, 1, false));
                case "ucs-2" ->
                    deliver(new Sms(from, to, new String(urlDecode(payload), StandardCharsets.UTF_16BE), 1, true));
                case "data" ->
                    deliver(new Sms(from, to, new String(urlDecode(payload), StandardCharsets.UTF_8), 1, false));
                default -> receivedPart(from, to, payload);
            }
        }
    }

    private void receivedPart(String from, String to, String payload) {
        var udhMessage = UDH_MESSAGE.matcher(payload);
        if (!udhMessage.matches()) {
            return;
        }
        var udh = urlDecode(udhMessage.group(1));
        var data = urlDecode(udhMessage.group(2));
        var concatenation = concatenation(udh);
        if (concatenation == null) {
            deliver(decoded(from, to, data, 1));
            return;
        }
        var key = from + " " + to + " " + concatenation[0] + "/" + concatenation[1];
        var received = parts.computeIfAbsent(key, k -> new HashMap<>());
        received.put(concatenation[2], data);
        if (received.size() == concatenation[1]) {
            parts.remove(key);
            var whole = new ByteArrayOutputStream();
            IntStream.rangeClosed(1, concatenation[1]).forEach(part -> whole.writeBytes(received.get(part)));
            deliver(decoded(from, to, whole.toByteArray(), concatenation[1]));
        }
    }

    /**
     * fakesmsc prints the parts of a long SMS without their coding. Kannel keeps GSM texts in UTF-8, which has no zero
     * bytes, and UCS-2 texts in UTF-16BE, where every space, digit and Latin letter has one.
     */
    private static Sms decoded(String from, String to, byte[] data, int parts) {
        var ucs2 = data.length % 2 == 0 && IntStream.range(0, data.length / 2).anyMatch(unit -> data[unit * 2] == 0);
        return new Sms(
                from, to, new String(data, ucs2 ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_8), parts, ucs2);
    }

    /** The concatenation header's reference, number of parts and part number (8- or 16-bit reference), if any. */
    private static int[] concatenation(byte[] udh) {
        var at = 1;
        while (at + 1 < udh.length) {
            var element = udh[at] & 0xff;
            var length = udh[at + 1] & 0xff;
            var value = at + 2;
            if (element == 0x00 && length == 3) {
                return new int[] {udh[value] & 0xff, udh[value + 1] & 0xff, udh[value + 2] & 0xff};
            }
            if (element == 0x08 && length == 4) {
                return new int[] {
                    (udh[value] & 0xff) << 8 | udh[value + 1] & 0xff, udh[value + 2] & 0xff, udh[value + 3] & 0xff
                };
            }
            at = value + length;
        }
        return null;
    }

    private void deliver(Sms sms) {
        inbox.add(sms);
        inboxLock.notifyAll();
    }

    /** The lines fakesmsc sends for one SMS, none of whose length is a multiple of {@link #PIECE}. */
    private static List<String> lines(String from, String to, String text) {
        var prefix = from + " " + to + " ";
        if (text.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            if (text.length() <= GSM_SEGMENT) {
                var line = prefix + "text " + text;
                if (fits(line)) {
                    return List.of(line + "\n");
                }
            } else {
                for (int size = GSM_CONCATENATED_SEGMENT; size > GSM_CONCATENATED_SEGMENT - 10; size--) {
                    var parts = concatenatedParts(prefix, text, size);
                    if (parts.stream().allMatch(KannelGateway::fits)) {
                        return parts.stream().map(line -> line + "\n").toList();
                    }
                }
            }
        }
        return List.of(ucs2Line(prefix, text) + "\n");
    }

    private static List<String> concatenatedParts(String prefix, String text, int size) {
        var count = (text.length() + size - 1) / size;
        var reference = ThreadLocalRandom.current().nextInt(256);
        return IntStream.range(0, count)
                .mapToObj(part -> prefix
                        + "udh-text %05%00%03%" + hex(reference) + "%" + hex(count) + "%" + hex(part + 1) + " "
                        + text.substring(part * size, Math.min(text.length(), (part + 1) * size)))
                .toList();
    }

    /**
     * The text in UTF-16BE, URL-encoded for fakesmsc's {@code ucs2} type. A line whose length is a multiple of
     * {@link #PIECE} would lose its line break (fakesmsc takes a lone one for an empty line), so then one more byte is
     * encoded.
     */
    private static String ucs2Line(String prefix, String text) {
        var bytes = text.getBytes(StandardCharsets.UTF_16BE);
        for (int encodedLiteral = -1; encodedLiteral < bytes.length; encodedLiteral++) {
            var line = new StringBuilder(prefix).append("ucs2 ");
            for (int i = 0; i < bytes.length; i++) {
                var b = bytes[i] & 0xff;
                var literal = b > 0x20 && b < 0x7f && b != '%' && b != '+';
                if (literal && i != encodedLiteral) {
                    line.append((char) b);
                } else if (b == 0x20 && i != encodedLiteral) {
                    line.append('+');
                } else {
                    line.append('%').append(hex(b));
                }
            }
            if (fits(line.toString())) {
                return line.toString();
            }
        }
        throw new IllegalArgumentException("fakesmsc cannot send \"" + text + "\" as one line");
    }

    private static boolean fits(String line) {
        return line.length() % PIECE != 0;
    }

    private static String hex(int value) {
        return String.format("%02X", value);
    }

    /** URL decoding to bytes: {@code %XX} and {@code +} for a space, as Kannel encodes. */
    private static byte[] urlDecode(String encoded) {
        var bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            var c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length()) {
                bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }

    private Process process(List<String> command, String output) {
        try {
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            directory.resolve(output).toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitStatus(String what, Predicate<String> condition) {
        awaitCondition(what, () -> {
            if (bearerbox == null || !bearerbox.isAlive()) {
                throw new AssertionError("bearerbox ended while waiting for " + what + logTail());
            }
            return admin("/status.txt").filter(condition).isPresent();
        });
    }

    /** Polls the condition every tick until it holds, for at most {@link #STARTUP}. */
    private void awaitCondition(String what, BooleanSupplier condition) {
        var deadline = Instant.now().plus(STARTUP);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Kannel: no " + what + " within " + STARTUP + "\n" + status() + logTail());
            }
            try {
                Thread.sleep(TICK.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
    }

    private void awaitExit(Process process, String name) {
        if (process == null) {
            return;
        }
        try {
            if (!process.waitFor(STARTUP.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                throw new AssertionError(name + " did not end within " + STARTUP + " and was killed" + logTail());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Waits a little for the process to end, then ends it (SIGTERM, then SIGKILL). */
    private static void end(Process process) {
        if (process == null) {
            return;
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private Optional<String> admin(String command) {
        var uri = URI.create("http://127.0.0.1:" + adminPort + command + "?password="
                + URLEncoder.encode(configuration.value("core", "admin-password"), StandardCharsets.UTF_8));
        try {
            var response = http.send(
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException notAnswering) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The last lines of each box's output (bearerbox, smsbox at level 1; fakesmsc at level 0), for failures. */
    String logTail() {
        var tail = new StringBuilder("\nKannel's logs (" + directory + "):");
        for (var name : List.of("bearerbox.out", "smsbox.out", "fakesmsc.out")) {
            var file = directory.resolve(name);
            tail.append("\n--- ").append(name);
            try {
                var lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.<String>of();
                lines.subList(Math.max(0, lines.size() - 25), lines.size())
                        .forEach(line -> tail.append("\n").append(line));
            } catch (IOException | UncheckedIOException e) {
                tail.append("\n(unreadable: ").append(e.getMessage()).append(")");
            }
        }
        return tail.toString();
    }

    private void destroyProcesses() {
        for (var process : new Process[] {fakesmsc, smsbox, bearerbox}) {
            if (process != null) {
                process.destroyForcibly();
            }
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An SMS as the phone shows it: from the short code, its text joined from all parts.
     *
     * @param parts how many SMS it took (1, or the parts of a concatenated SMS)
     * @param ucs2 whether it came in UCS-2 (emoji and other characters beyond the GSM alphabet)
     */
    public record Sms(String from, String to, String text, int parts, boolean ucs2) {}

    /** kannel.conf as lines in groups ("group = core" up to the next group), read and rewritten by key. */
    record Configuration(List<List<String>> groups) {

        private static final Pattern SETTING = Pattern.compile("\\s*([a-z0-9-]+)\\s*=\\s*(.*?)\\s*");

        static Configuration read(Path file) throws IOException {
            var groups = new ArrayList<List<String>>();
            var current = new ArrayList<String>();
            groups.add(current);
            for (var line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                var setting = SETTING.matcher(line);
                if (setting.matches() && setting.group(1).equals("group")) {
                    current = new ArrayList<>();
                    groups.add(current);
                }
                current.add(line);
            }
            return new Configuration(groups);
        }

        /** The setting's value (unquoted) in the first group of that type. */
        String value(String group, String key) {
            return groups.stream()
                    .filter(lines -> group.equals(setting(lines, "group")))
                    .map(lines -> setting(lines, key))
                    .filter(value -> value != null)
                    .findFirst()
                    .orElseThrow(
                            () -> new IllegalStateException(CONFIGURATION + " has no " + key + " in a group " + group));
        }

        /** The shipped file with this test's ports, application and files. */
        String forTest(KannelGateway gateway) {
            var directory = gateway.directory.toAbsolutePath();
            var changes = Map.<String, Map<String, String>>of(
                    "core",
                    Map.of(
                            "admin-port", String.valueOf(gateway.adminPort),
                            "smsbox-port", String.valueOf(gateway.smsboxPort),
                            "log-file", quoted(directory.resolve("bearerbox.log")),
                            "access-log", quoted(directory.resolve("bearerbox-access.log")),
                            "store-location", quoted(directory.resolve("store")),
                            "dlr-spool", quoted(directory.resolve("dlr"))),
                    "fake",
                    Map.of("port", String.valueOf(gateway.fakeSmscPort)),
                    "smsbox",
                    Map.of(
                            "bearerbox-port", String.valueOf(gateway.smsboxPort),
                            "sendsms-port", String.valueOf(gateway.sendsmsPort),
                            "log-file", quoted(directory.resolve("smsbox.log")),
                            "access-log", quoted(directory.resolve("smsbox-access.log"))));
            var text = new StringBuilder();
            var fakeSmsc = false;
            for (var lines : groups) {
                var group = setting(lines, "group");
                var kind = "smsc".equals(group) && "fake".equals(setting(lines, "smsc")) ? "fake" : group;
                fakeSmsc |= "fake".equals(kind);
                for (var line : lines) {
                    var setting = SETTING.matcher(line);
                    var replacement = setting.matches()
                            ? replacement(gateway, kind, setting.group(1), unquoted(setting.group(2)), changes)
                            : null;
                    text.append(replacement == null ? line : setting.group(1) + " = " + replacement)
                            .append('\n');
                }
            }
            if (!fakeSmsc) {
                throw new IllegalStateException(CONFIGURATION + " has no fake SMS centre (group = smsc, smsc = fake)");
            }
            return text.toString();
        }

        private static String replacement(
                KannelGateway gateway,
                String kind,
                String key,
                String value,
                Map<String, Map<String, String>> changes) {
            if ("sms-service".equals(kind) && (key.equals("get-url") || key.equals("post-url"))) {
                var application = gateway.application;
                return quoted(ORIGIN.matcher(value)
                        .replaceFirst(Matcher.quoteReplacement(
                                application.getScheme() + "://" + application.getRawAuthority())));
            }
            return kind == null ? null : changes.getOrDefault(kind, Map.of()).get(key);
        }

        private static String setting(List<String> lines, String key) {
            return lines.stream()
                    .map(SETTING::matcher)
                    .filter(Matcher::matches)
                    .filter(setting -> setting.group(1).equals(key))
                    .map(setting -> unquoted(setting.group(2)))
                    .findFirst()
                    .orElse(null);
        }

        private static String unquoted(String value) {
            return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                    ? value.substring(1, value.length() - 1)
                    : value;
        }

        private static String quoted(Object value) {
            return "\"" + value + "\"";
        }
    }
}
