package dev.khabar.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs the per-article store calls of a batch side by side: each is a network round trip that waits
 * far more than it computes, so a few threads multiply bulk throughput even on one core.
 */
public final class Parallel {
    private final ExecutorService executor;

    /** @param executor null runs everything on the caller's thread */
    public Parallel(ExecutorService executor) {
        this.executor = executor;
    }

    public static Parallel sequential() {
        return new Parallel(null);
    }

    public <T, R> List<R> map(List<T> items, Function<T, R> work) {
        List<R> out = new ArrayList<>(items.size());
        if (executor == null || items.size() < 2) {
            for (T item : items) {
                out.add(work.apply(item));
            }
            return out;
        }
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (T item : items) {
            futures.add(executor.submit(() -> work.apply(item)));
        }
        for (Future<R> f : futures) {
            try {
                out.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                futures.forEach(x -> x.cancel(true));
                throw new IllegalStateException("Interrupted while ingesting a batch", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
        return out;
    }
}
