package id.aduan.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The processor time used so far: by every process of the machine (Linux's {@code /proc/stat}: user, nice, system,
 * irq and softirq time of all cores, in clock ticks of 10 ms), and by this JVM. On two cores the machine's time is what
 * Aduan, PostgreSQL and the benchmark's own clients and SMTP server share, so its growth per report says how many
 * reports a second the machine can take.
 *
 * @param machineNanos the machine's busy time, or -1 where {@code /proc/stat} cannot be read
 * @param jvmNanos this JVM's time, or -1 where the JVM does not say
 */
public record CpuTime(long machineNanos, long jvmNanos) {

    private static final Path STAT = Path.of("/proc/stat");
    private static final long NANOS_PER_TICK = 10_000_000;

    public static CpuTime now() {
        return new CpuTime(readMachineNanos(), readJvmNanos());
    }

    /** Milliseconds of the machine's processor time per report since {@code earlier}, or NaN when unknown. */
    public double machineMillisPer(CpuTime earlier, int reports) {
        return perReport(machineNanos, earlier.machineNanos, reports);
    }

    /** Milliseconds of this JVM's processor time per report since {@code earlier}, or NaN when unknown. */
    public double jvmMillisPer(CpuTime earlier, int reports) {
        return perReport(jvmNanos, earlier.jvmNanos, reports);
    }

    private static double perReport(long now, long earlier, int reports) {
        return now < 0 || earlier < 0 ? Double.NaN : (now - earlier) / 1e6 / reports;
    }

    private static long readMachineNanos() {
        try (var lines = Files.lines(STAT)) {
            // cpu  user nice system idle iowait irq softirq steal ...
            var fields = lines.findFirst().orElseThrow().trim().split("\\s+");
            long ticks = 0;
            for (var field : new int[] {1, 2, 3, 6, 7}) {
                ticks += Long.parseLong(fields[field]);
            }
            return ticks * NANOS_PER_TICK;
        } catch (IOException | RuntimeException notLinux) {
            return -1;
        }
    }

    private static long readJvmNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : -1;
    }
}
