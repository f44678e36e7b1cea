package dev.khabar.aws;

import java.util.function.Supplier;

/**
 * A part of the object graph built on first use, once, whichever thread asks first. The wiring hands
 * these out so a function builds only what its requests reach (the search function never builds the
 * ingest pipeline; its S3 and DynamoDB clients wait for the routes that read them).
 */
public final class Lazy<T> implements Supplier<T> {
    private Supplier<? extends T> factory;
    private volatile T value;

    private Lazy(Supplier<? extends T> factory, T value) {
        this.factory = factory;
        this.value = value;
    }

    public static <T> Lazy<T> of(Supplier<? extends T> factory) {
        return new Lazy<>(factory, null);
    }

    /** An already built part. */
    public static <T> Lazy<T> value(T value) {
        return new Lazy<>(null, value);
    }

    /**
     * Builds the given parts, in turn, on a daemon thread started now, so a cold start builds them while
     * its own thread does other work; whoever asks for one meanwhile waits for it. A part that fails
     * there is left unbuilt and fails again, with its own error, for the thread that asks for it.
     */
    public static void inBackground(String name, Lazy<?>... parts) {
        Thread thread = new Thread(() -> {
            for (Lazy<?> part : parts) {
                try {
                    part.get();
                } catch (RuntimeException | Error e) {
                    // The caller's own get() builds it again and sees the failure.
                }
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public T get() {
        T v = value;
        if (v == null && factory != null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = factory.get();
                    value = v;
                    factory = null;
                }
            }
        }
        return v;
    }
}
