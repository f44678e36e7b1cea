package dev.khabar.fuzz;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replays every input the fuzzer ever found troublesome (src/test/resources/regressions/TARGET/*)
 * and the hand-written seeds, through each target, on every build.
 */
class RegressionInputsTest {

    @TestFactory
    Stream<DynamicTest> shouldSurviveEveryStoredInput() throws IOException {
        Path root = Path.of("src/test/resources/regressions");
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> target : FuzzTargets.all()) {
            Path dir = root.resolve(target.getSimpleName());
            assertTrue(Files.isDirectory(dir), "regression inputs for " + target.getSimpleName());
            Method method = fuzzMethod(target);
            try (Stream<Path> inputs = Files.list(dir)) {
                inputs.sorted().forEach(input -> tests.add(DynamicTest.dynamicTest(target.getSimpleName() + "/" + input.getFileName(),
                        () -> method.invoke(null, (Object) Files.readAllBytes(input)))));
            }
        }
        return tests.stream();
    }

    private static Method fuzzMethod(Class<?> target) {
        try {
            return target.getMethod("fuzzerTestOneInput", byte[].class);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(target + " has no fuzzerTestOneInput(byte[])", e);
        }
    }
}
