package dev.khabar.errors;

/**
 * Base of the failures the HTTP layer knows how to answer: each carries its status and a stable,
 * machine-readable code. The message is written for users and never contains exception text.
 */
public abstract class KhabarException extends RuntimeException {
    private final int status;
    private final String code;

    protected KhabarException(int status, String code, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
