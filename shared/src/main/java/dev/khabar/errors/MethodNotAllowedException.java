package dev.khabar.errors;

/** 405: the path exists but not for this method. */
public class MethodNotAllowedException extends KhabarException {
    public MethodNotAllowedException(String method, String path) {
        super(405, "method_not_allowed", Sanitize.forMessage(method) + " is not allowed on " + Sanitize.forMessage(path) + ".", null);
    }
}
