package dev.khabar.errors;

/** Keeps caller-supplied text that is echoed in error messages short and free of control characters. */
public final class Sanitize {
    private static final int MAX = 80;

    private Sanitize() {
    }

    public static String forMessage(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(MAX).forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append('?');
            } else {
                out.appendCodePoint(cp);
            }
        });
        if (value.codePointCount(0, value.length()) > MAX) {
            out.append('…');
        }
        return out.toString();
    }
}
