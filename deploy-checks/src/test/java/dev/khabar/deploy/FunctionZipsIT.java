package dev.khabar.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built zips (after {@code package}) against template.yaml: each holds its handler the way the
 * Lambda runtime loads it, and every KHABAR_ variable its classes name is set for its function.
 */
class FunctionZipsIT {
    private static final Pattern VARIABLE = Pattern.compile("KHABAR_[A-Z][A-Z0-9_]*");
    private final SamTemplate template = SamTemplate.load(Repo.template());

    FunctionZipsIT() throws IOException {
    }

    private List<DeployedFunctions.Function> builtFunctions() {
        List<DeployedFunctions.Function> built = new ArrayList<>();
        for (DeployedFunctions.Function f : DeployedFunctions.of(template).values()) {
            if (f.built()) {
                assertTrue(Files.exists(f.zip()), f.name() + ": " + f.zip() + " was not built");
                built.add(f);
            }
        }
        assertTrue(built.size() >= 2, "the ingest and search zips at least: " + built);
        return built;
    }

    @Test
    void shouldHoldEachTemplateHandlerInItsZipAsTheLambdaRuntimeLoadsIt() throws Exception {
        for (DeployedFunctions.Function f : builtFunctions()) {
            Path dir = Files.createTempDirectory("khabar-zip-");
            List<URL> urls = new ArrayList<>(List.of(dir.toUri().toURL()));
            try (FileSystem zip = FileSystems.newFileSystem(f.zip())) {
                try (Stream<Path> entries = Files.walk(zip.getPath("/"))) {
                    for (Path e : entries.filter(Files::isRegularFile).toList()) {
                        Path out = dir.resolve(e.toString().substring(1));
                        Files.createDirectories(out.getParent());
                        Files.copy(e, out);
                        if (e.toString().startsWith("/lib/") && e.toString().endsWith(".jar")) {
                            urls.add(out.toUri().toURL());
                        } else {
                            assertTrue(e.toString().startsWith("/lib/") || !e.toString().endsWith(".jar"),
                                    f.name() + ": jars belong in lib/, not " + e);
                        }
                    }
                }
            }
            assertTrue(Files.exists(dir.resolve(f.handlerClass().replace('.', '/') + ".class")),
                    f.name() + ": " + f.handlerClass() + " is not at the root of " + f.zip().getFileName());
            // The platform loader as parent: nothing from this test's class path can stand in for the zip.
            try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
                Class<?> handler = Class.forName(f.handlerClass(), false, loader);
                Class<?> requestHandler = Class.forName("com.amazonaws.services.lambda.runtime.RequestHandler", false, loader);
                assertTrue(requestHandler.isAssignableFrom(handler), f.handlerClass() + " implements RequestHandler");
                handler.getConstructor();
                assertTrue(Stream.of(handler.getMethods()).anyMatch(m -> m.getName().equals(f.handlerMethod())
                        && m.getParameterCount() == 2), f.name() + ": no " + f.handlerMethod() + "(event, context)");
            }
        }
    }

    @Test
    void shouldSetForEachFunctionEveryKhabarVariableItsZipNames() throws IOException {
        List<String> missing = new ArrayList<>();
        for (DeployedFunctions.Function f : builtFunctions()) {
            Set<String> named = variablesNamedIn(f.zip());
            assertTrue(named.contains("KHABAR_BUCKET"), f.name() + " names KHABAR_BUCKET: " + named);
            Map<String, Object> env = template.environment(f.name());
            for (String v : named) {
                if (!env.containsKey(v)) {
                    missing.add(f.name() + " " + v);
                }
            }
        }
        assertEquals(List.of(), missing, "variables the code reads that template.yaml does not set");
    }

    /** String constants matching KHABAR_* in the zip's own classes and in the khabar jars under lib/. */
    private static Set<String> variablesNamedIn(Path zip) throws IOException {
        Set<String> names = new TreeSet<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().endsWith(".class")) {
                    scan(in.readAllBytes(), names);
                } else if (e.getName().startsWith("lib/khabar-") && e.getName().endsWith(".jar")) {
                    try (ZipInputStream jar = new ZipInputStream(new java.io.ByteArrayInputStream(in.readAllBytes()))) {
                        for (ZipEntry c; (c = jar.getNextEntry()) != null; ) {
                            if (c.getName().endsWith(".class")) {
                                scan(jar.readAllBytes(), names);
                            }
                        }
                    }
                }
            }
        }
        return names;
    }

    private static void scan(byte[] classFile, Set<String> names) {
        Matcher m = VARIABLE.matcher(new String(classFile, StandardCharsets.ISO_8859_1));
        while (m.find()) {
            names.add(m.group());
        }
    }
}
