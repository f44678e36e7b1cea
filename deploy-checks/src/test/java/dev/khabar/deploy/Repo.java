package dev.khabar.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout the tests read template.yaml, api/ and functions/ from. */
final class Repo {
    private Repo() {
    }

    static Path root() {
        String env = System.getenv("KHABAR_REPO_ROOT");
        Path p = env != null ? Path.of(env) : Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("khabar"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("Cannot find the repository root (the folder holding ./khabar)");
        }
        return p;
    }

    static Path template() {
        return root().resolve("template.yaml");
    }

    static Path openApi() {
        return root().resolve("api/openapi.json");
    }
}
