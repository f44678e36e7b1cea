package dev.khabar.errors;

/** 400: the caller sent something we cannot accept. */
public class InvalidInputException extends KhabarException {
    public InvalidInputException(String code, String message) {
        super(400, code, message, null);
    }
}
