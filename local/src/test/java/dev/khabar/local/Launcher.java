package dev.khabar.local;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the repository's launcher (for fault tests that stop and start the real servers). */
final class Launcher {
    private Launcher() {
    }

    static void run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Samples.repoRoot().resolve("khabar").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("./khabar " + String.join(" ", args) + " failed");
        }
    }
}
