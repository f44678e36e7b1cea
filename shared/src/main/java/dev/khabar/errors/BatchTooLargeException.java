package dev.khabar.errors;

/** 413: a batch holds more articles than one request may carry. */
public class BatchTooLargeException extends KhabarException {
    public BatchTooLargeException(int maxItems) {
        super(413, "batch_too_large", "A batch may hold at most " + maxItems + " articles; split it.", null);
    }
}
