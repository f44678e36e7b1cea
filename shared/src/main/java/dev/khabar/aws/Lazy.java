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
