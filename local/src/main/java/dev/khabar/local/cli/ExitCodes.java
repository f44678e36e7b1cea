package dev.khabar.local.cli;

/** What the CLI's exit status means, so scripts can branch on it (documented in the README). */
public final class ExitCodes {
    public static final int OK = 0;
    /** Bad command line, or missing configuration such as credentials for a signed request. */
    public static final int USAGE = 1;
    /** The API refused the request (4xx), or some items of an ingest were rejected. */
    public static final int REFUSED = 2;
    /** The API could not be reached or failed (5xx, timeouts). Safe to retry later. */
    public static final int UNAVAILABLE = 3;

    private ExitCodes() {
    }
}
