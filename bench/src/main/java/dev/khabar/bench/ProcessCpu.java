package dev.khabar.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU seconds spent by this JVM and by each local server while a measurement runs. On a machine of
 * two cores the doors are bound by CPU, not by waiting: this says which process the time went to,
 * which is the profile that decides what to make faster.
 */
public final class ProcessCpu {
    private static final double TICKS_PER_SECOND = 100.0;
    private final Map<String, Long> pids = new LinkedHashMap<>();

    /** @param runDir the launcher's run folder for the bench profile (pid files); null measures this JVM only */
    public ProcessCpu(Path runDir) {
        pids.put("khabar", ProcessHandle.current().pid());
        if (runDir != null) {
            for (String server : new String[]{"opensearch", "dynalite", "s3proxy"}) {
                try {
                    pids.put(server, Long.parseLong(Files.readString(runDir.resolve(server + ".pid")).strip()));
                } catch (IOException | NumberFormatException absent) {
                    // A server started by hand has no pid file here; it is left out of the profile.
                }
            }
        }
    }

    public static ProcessCpu fromEnvironment() {
        String dir = System.getenv("KHABAR_RUN_DIR");
        return new ProcessCpu(dir == null ? null : Path.of(dir));
    }

    /** CPU seconds so far, per process. */
    public Map<String, Double> snapshot() {
        Map<String, Double> out = new LinkedHashMap<>();
        pids.forEach((name, pid) -> out.put(name, seconds(pid)));
        return out;
    }

    /** What each process spent between two snapshots. */
    public static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> out = new LinkedHashMap<>();
        after.forEach((name, s) -> out.put(name, s - before.getOrDefault(name, 0.0)));
        return out;
    }

    private static double seconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // Fields after the command name, which may itself contain spaces, so count from its closing parenthesis.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime, stime, cutime, cstime are fields 14-17 of stat; here they start at index 11.
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
            return ticks / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
