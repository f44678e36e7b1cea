package dev.khabar.local.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed command line: positional words, {@code --name value} (or {@code --name=value}) options
 * and bare {@code --flag}s, checked against what the command accepts.
 */
public record CliArguments(List<String> positionals, Map<String, String> options, Set<String> flags) {

    public static CliArguments parse(List<String> args, Set<String> valueOptions, Set<String> flagOptions) {
        List<String> positionals = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        Set<String> flags = new LinkedHashSet<>();
        boolean onlyPositionals = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (onlyPositionals || !arg.startsWith("--") || arg.equals("-")) {
                positionals.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                onlyPositionals = true;
                continue;
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (flagOptions.contains(name)) {
                if (value != null) {
                    throw CliException.usage("--" + name + " takes no value");
                }
                flags.add(name);
            } else if (valueOptions.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw CliException.usage("--" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                if (options.put(name, value) != null) {
                    throw CliException.usage("--" + name + " given twice");
                }
            } else {
                throw CliException.usage("unknown option --" + name);
            }
        }
        return new CliArguments(List.copyOf(positionals), Map.copyOf(options), Set.copyOf(flags));
    }

    public String option(String name) {
        return options.get(name);
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    /** The one of several mutually exclusive flags that was given, or {@code fallback}. */
    public String oneOf(String fallback, String... names) {
        String chosen = null;
        for (String n : names) {
            if (flags.contains(n)) {
                if (chosen != null) {
                    throw CliException.usage("--" + chosen + " and --" + n + " cannot be combined");
                }
                chosen = n;
            }
        }
        return chosen == null ? fallback : chosen;
    }
}
