package dev.khabar.errors;

/** 413: the body exceeds what one request may carry. */
public class PayloadTooLargeException extends KhabarException {
    public PayloadTooLargeException(long limitBytes) {
        super(413, "payload_too_large", "The request body exceeds the limit of " + limitBytes + " bytes.", null);
    }
}
