package dev.khabar.lambda;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

import java.io.PrintStream;

/**
 * Runs a function's priming once, just before Lambda takes its SnapStart snapshot, so the classes and
 * code paths of a real request are loaded and compiled in the snapshot rather than on the first call
 * after each restore. Priming must only read: it runs once per published version, on no user's
 * behalf. It never fails the snapshot; a failure is logged and the snapshot is taken unprimed.
 * On a JVM without checkpoint support (local runs, tests) registering does nothing.
 */
public final class SnapStartPriming implements Resource {
    private final String function;
    private final Runnable priming;
    private final PrintStream log;

    public SnapStartPriming(String function, Runnable priming, PrintStream log) {
        this.function = function;
        this.priming = priming;
        this.log = log;
    }

    /** Registers for the checkpoint; keep the returned object referenced, contexts hold resources weakly. */
    public SnapStartPriming register() {
        Core.getGlobalContext().register(this);
        return this;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        run();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to renew: clients open connections on demand and hold no time or random state.
    }

    /** Primes now; also what a benchmark calls to measure the effect without a checkpoint. */
    public void run() {
        long start = System.nanoTime();
        String outcome = "primed";
        try {
            priming.run();
        } catch (RuntimeException e) {
            outcome = "priming failed: " + e.getClass().getSimpleName();
        }
        log.println("{\"level\":\"INFO\",\"function\":\"" + function + "\",\"message\":\"" + outcome
                + "\",\"durationMs\":" + (System.nanoTime() - start) / 1_000_000 + "}");
    }
}
