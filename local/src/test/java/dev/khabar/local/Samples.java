package dev.khabar.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the repository's sample articles and the read-only shared data beside the checkout. */
public final class Samples {
    private Samples() {
    }

    public static Path repoRoot() {
        String root = System.getenv("KHABAR_REPO_ROOT");
        Path p = root != null ? Path.of(root) : Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("khabar"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("Cannot find the repository root");
        }
        return p;
    }

    public static byte[] seed() throws IOException {
        return Files.readAllBytes(repoRoot().resolve("samples/000_8ca666154d1ccad1.txt"));
    }

    public static Path sharedData() {
        return repoRoot().resolveSibling("shared").resolve("data");
    }
}
