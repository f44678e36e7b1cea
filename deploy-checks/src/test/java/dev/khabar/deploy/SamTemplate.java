package dev.khabar.deploy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** template.yaml as the structural tests see it: functions with their Globals applied, resources by type. */
final class SamTemplate {
    private final Map<String, Object> root;

    private SamTemplate(Map<String, Object> root) {
        this.root = root;
    }

    static SamTemplate load(Path file) throws IOException {
        return new SamTemplate(CloudFormationYaml.load(file));
    }

    Map<String, Object> resources() {
        return map(root.get("Resources"));
    }

    Map<String, Object> resource(String name) {
        Map<String, Object> r = map(resources().get(name));
        if (r.isEmpty()) {
            throw new AssertionError("template.yaml has no resource " + name);
        }
        return r;
    }

    Map<String, Object> properties(String name) {
        return map(resource(name).get("Properties"));
    }

    Map<String, Object> conditions() {
        return map(root.get("Conditions"));
    }

    Map<String, Object> parameters() {
        return map(root.get("Parameters"));
    }

    Map<String, Object> globalFunction() {
        return map(map(root.get("Globals")).get("Function"));
    }

    List<String> ofType(String type) {
        List<String> names = new ArrayList<>();
        resources().forEach((name, r) -> {
            if (type.equals(map(r).get("Type"))) {
                names.add(name);
            }
        });
        return names;
    }

    /** A function's property, its own value winning over Globals as in SAM. */
    Object functionProperty(String function, String property) {
        Object own = properties(function).get(property);
        return own != null ? own : globalFunction().get(property);
    }

    /** The environment SAM gives a function: Globals' variables, then its own. */
    Map<String, Object> environment(String function) {
        Map<String, Object> env = new LinkedHashMap<>(map(map(globalFunction().get("Environment")).get("Variables")));
        env.putAll(map(map(properties(function).get("Environment")).get("Variables")));
        return env;
    }

    /** Every statement of every inline policy of a function. */
    List<Map<String, Object>> policyStatements(String function) {
        List<Map<String, Object>> statements = new ArrayList<>();
        for (Object policy : list(properties(function).get("Policies"))) {
            for (Object s : list(map(policy).get("Statement"))) {
                statements.add(map(s));
            }
        }
        return statements;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        if (o == null) {
            return List.of();
        }
        return o instanceof List<?> l ? (List<Object>) l : List.of(o);
    }
}
