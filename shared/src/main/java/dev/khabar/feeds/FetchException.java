package dev.khabar.feeds;

/** A fetch that did not yield a usable page, with a stable code and whether trying later may help. */
public final class FetchException extends RuntimeException {
    private final String code;
    private final boolean retryable;

    public FetchException(String code, String message, boolean retryable) {
        super(message);
        this.code = code;
        this.retryable = retryable;
    }

    public String code() {
        return code;
    }

    public boolean retryable() {
        return retryable;
    }
}
