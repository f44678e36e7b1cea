package dev.khabar.local.cli;

/** The API answered with an error status; carries its stable error code. */
public final class ApiException extends CliException {
    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(status >= 500 ? ExitCodes.UNAVAILABLE : ExitCodes.REFUSED, message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The route is not deployed on this API (an older server): callers may fall back. */
    public boolean routeMissing() {
        return status == 404 && "route_not_found".equals(code);
    }
}
