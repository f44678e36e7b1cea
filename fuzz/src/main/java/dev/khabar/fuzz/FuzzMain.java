package dev.khabar.fuzz;

/** Lists the targets for the launcher, which fuzzes each in its own process (libFuzzer exits when done). */
public final class FuzzMain {
    private FuzzMain() {
    }

    public static void main(String[] args) {
        FuzzTargets.all().forEach(t -> System.out.println(t.getName()));
    }
}
