package dev.khabar.errors;

/** 415: a content type no reader understands. */
public class UnsupportedMediaTypeException extends KhabarException {
    public UnsupportedMediaTypeException(String contentType) {
        super(415, "unsupported_media_type",
                "Content-Type must be application/json or text/plain, not '" + Sanitize.forMessage(contentType) + "'.", null);
    }
}
