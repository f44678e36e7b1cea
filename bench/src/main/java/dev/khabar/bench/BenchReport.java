package dev.khabar.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one {@code ./khabar bench} run, each beside the baseline measured in the same run,
 * printed as they come and written as JSON (for machines) and Markdown (for people) with a
 * description of the machine they ran on.
 */
public final class BenchReport {
    /** One measured figure. {@code ratio} is value / baseline; {@code met} is null when no target applies. */
    public record Figure(String section, String name, double value, String unit, String baselineName, Double baseline,
                         Double ratio, String target, Boolean met, String detail) {
    }

    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, String> notes = new LinkedHashMap<>();
    private final Map<String, Object> machine;
    private final String command;
    private final Instant started = Instant.now();
    private final PrintStream out;

    public BenchReport(String command, Map<String, Object> machine, PrintStream out) {
        this.command = command;
        this.machine = machine;
        this.out = out;
    }

    public void add(Figure f) {
        figures.add(f);
        out.printf(Locale.ROOT, "  %-66s %10s %-12s %-24s %6s  %s%n", f.name(), num(f.value()), f.unit(),
                f.baseline() == null ? "" : "vs " + f.baselineName() + " " + num(f.baseline()),
                f.ratio() == null ? "" : String.format(Locale.ROOT, "%.2fx", f.ratio()),
                f.target() == null ? "" : f.target() + (f.met() == null ? "" : f.met() ? " MET" : " MISSED"));
    }

    /** A free-text finding (a profile, a caveat) kept with the figures. */
    public void note(String key, String text) {
        notes.put(key, text);
        out.println("  " + key + ": " + text);
    }

    public List<Figure> figures() {
        return List.copyOf(figures);
    }

    public void write(Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("command", command);
        root.put("started", started.toString());
        root.put("finished", Instant.now().toString());
        root.set("machine", json.valueToTree(machine));
        ArrayNode list = root.putArray("figures");
        figures.forEach(f -> list.add(json.valueToTree(f)));
        root.set("notes", json.valueToTree(notes));
        Files.writeString(dir.resolve(name + ".json"), json.writeValueAsString(root), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(name + ".md"), markdown(), StandardCharsets.UTF_8);
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(command).append("\n\n");
        md.append("Started ").append(started).append(", finished ").append(Instant.now()).append(".\n\n");
        md.append("Machine: ");
        machine.forEach((k, v) -> md.append(k).append(" ").append(v).append("; "));
        md.setLength(md.length() - 2);
        md.append(".\n\nEvery figure is measured beside its baseline in the same run; ratio = figure / baseline.\n");
        String section = null;
        for (Figure f : figures) {
            if (!f.section().equals(section)) {
                section = f.section();
                md.append("\n## ").append(section).append("\n\n| figure | value | baseline | ratio | target | detail |\n|---|---|---|---|---|---|\n");
            }
            md.append("| ").append(f.name()).append(" | ").append(num(f.value())).append(' ').append(f.unit()).append(" | ")
                    .append(f.baseline() == null ? "" : f.baselineName() + ": " + num(f.baseline())).append(" | ")
                    .append(f.ratio() == null ? "" : String.format(Locale.ROOT, "%.2f", f.ratio())).append(" | ")
                    .append(f.target() == null ? "" : f.target() + (f.met() == null ? "" : f.met() ? " **met**" : " **missed**"))
                    .append(" | ").append(f.detail() == null ? "" : f.detail()).append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append("\n## Notes and profiles\n\n");
            notes.forEach((k, v) -> md.append("- **").append(k).append("**: ").append(v).append('\n'));
        }
        return md.toString();
    }

    private static String num(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    /** Cores, memory, CPU model, load, JVM and OS: what a reader needs to compare two reports. */
    public static Map<String, Object> describeMachine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("cpu", firstValue(Path.of("/proc/cpuinfo"), "model name"));
        String mem = firstValue(Path.of("/proc/meminfo"), "MemTotal");
        m.put("memory", mem == null ? null : String.format(Locale.ROOT, "%.0f GiB", Long.parseLong(mem.replaceAll("\\D", "")) / 1048576.0));
        try {
            String[] load = Files.readString(Path.of("/proc/loadavg")).strip().split(" ");
            m.put("load at start", load[0] + " " + load[1] + " " + load[2]);
        } catch (IOException e) {
            m.put("load", null);
        }
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        return m;
    }

    private static String firstValue(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(key)) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException ignored) {
            // Not Linux: the field stays empty.
        }
        return null;
    }
}
