package dev.khabar.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ./khabar bench [--quick]}: the whole-product suite ({@link SuiteBench}); {@code ./khabar bench
 * NAME [ARGS]}: one of the focused benchmarks, or {@code all} of them in turn.
 */
public final class BenchMain {
    private BenchMain() {
    }

    /** One benchmark: prints its figures beside their baselines. */
    public interface Bench {
        void run(String[] args) throws Exception;
    }

    static Map<String, Bench> registry() {
        Map<String, Bench> benches = new LinkedHashMap<>();
        benches.put("suite", new SuiteBench());
        benches.put("understand", new UnderstandBench());
        benches.put("dates", new DatesBench());
        benches.put("coldstart", new dev.khabar.bench.coldstart.ColdStartBench());
        benches.put("ingest", new IngestBench());
        benches.put("search", new SearchBench());
        benches.put("load", new LoadBench());
        return benches;
    }

    public static void main(String[] args) throws Exception {
        Map<String, Bench> benches = registry();
        if (args.length == 0 || args[0].startsWith("--")) {
            benches.get("suite").run(args);
        } else if (args[0].equals("all")) {
            for (Map.Entry<String, Bench> e : benches.entrySet()) {
                if (e.getKey().equals("suite")) {
                    continue;
                }
                System.out.println("== " + e.getKey());
                e.getValue().run(new String[0]);
            }
        } else {
            Bench bench = benches.get(args[0]);
            if (bench == null) {
                System.err.println("unknown benchmark '" + args[0] + "'; known: " + benches.keySet());
                System.exit(2);
            }
            bench.run(Arrays.copyOfRange(args, 1, args.length));
        }
        // Benchmarks leave client pools and local fronts behind; the process is done when they are.
        System.exit(0);
    }
}
