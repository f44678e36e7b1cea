package dev.khabar.errors;

/** 404: no such route, article or entity. */
public class NotFoundException extends KhabarException {
    public NotFoundException(String code, String message) {
        super(404, code, message, null);
    }
}
