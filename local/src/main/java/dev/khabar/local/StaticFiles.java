package dev.khabar.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The web page's files under {@code web/}, as a static host would serve them: only {@code /},
 * {@code /index.html}, {@code /config.js} and {@code /assets/...}, never a path outside the folder.
 */
public final class StaticFiles {
    /** Only same-origin scripts, styles and API calls; no inline code, no framing, no plugins. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "mjs", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "json", "application/json; charset=utf-8",
            "txt", "text/plain; charset=utf-8");

    private final Path root;

    public StaticFiles(Path root) throws IOException {
        this.root = root.toRealPath();
    }

    public record File(byte[] bytes, String contentType) {
    }

    /** Whether {@code rawPath} belongs to the page rather than the API; API routes never do. */
    public static boolean isPagePath(String rawPath) {
        return rawPath.equals("/") || rawPath.equals("/index.html") || rawPath.equals("/config.js")
                || rawPath.startsWith("/assets/");
    }

    /** The file for a page path, or empty when there is none or the path tries to leave the folder. */
    public Optional<File> find(String rawPath) throws IOException {
        if (!isPagePath(rawPath)) {
            return Optional.empty();
        }
        String relative = rawPath.equals("/") ? "index.html" : rawPath.substring(1);
        // Escapes, backslashes, dot segments and empty segments are refused before touching the disk.
        if (relative.contains("%") || relative.contains("\\") || relative.contains("\0")) {
            return Optional.empty();
        }
        for (String segment : relative.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.startsWith(".")) {
                return Optional.empty();
            }
        }
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!file.toRealPath().startsWith(root)) {
            return Optional.empty();
        }
        String type = contentType(file.getFileName().toString());
        if (type == null) {
            return Optional.empty();
        }
        return Optional.of(new File(Files.readAllBytes(file), type));
    }

    static String contentType(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
