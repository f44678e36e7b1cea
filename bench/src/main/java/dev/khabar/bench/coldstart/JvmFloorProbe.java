package dev.khabar.bench.coldstart;

/** The baseline: a JVM with the same flags that starts, prints and exits, loading nothing of ours. */
public final class JvmFloorProbe {
    private JvmFloorProbe() {
    }

    public static void main(String[] args) {
        System.out.println("PROBE construct_ms=0 prime_ms=0 first_ms=0 second_ms=0 status=0,0 heap_mb=0");
    }
}
