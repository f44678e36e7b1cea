package dev.khabar.fuzz;

import dev.khabar.errors.KhabarException;

/**
 * What a parser may throw on hostile input: our own 4xx exceptions, nothing else. Any other
 * exception escaping is a crash the fuzzer reports.
 */
final class Expected {
    private Expected() {
    }

    static void run(Runnable body) {
        try {
            body.run();
        } catch (KhabarException e) {
            if (e.status() >= 500) {
                throw new AssertionError("a parser answered " + e.status(), e);
            }
        }
    }
}
