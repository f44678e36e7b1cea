package dev.khabar.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The template's functions and the modules that build them. Functions whose modules other issues are
 * still building are listed here by name: their checks are skipped while the module is absent and
 * fail once it exists, so a module that lands under another name cannot go unnoticed.
 */
final class DeployedFunctions {
    /** Logical id → module folder, for functions whose code has not landed yet. */
    static final Map<String, String> PENDING = Map.of();

    /** Invoked asynchronously (events or direct invocation), so failures must land in the dead-letter queue. */
    static final Set<String> ASYNCHRONOUS = Set.of("FeedPollFunction", "InboxFunction", "ReindexFunction");

    private DeployedFunctions() {
    }

    record Function(String name, String handlerClass, String handlerMethod, String module, Path zip) {
        boolean built() {
            return Files.isDirectory(Repo.root().resolve(module));
        }
    }

    static Map<String, Function> of(SamTemplate template) {
        Map<String, Function> functions = new LinkedHashMap<>();
        for (String name : template.ofType("AWS::Serverless::Function")) {
            String codeUri = String.valueOf(template.properties(name).get("CodeUri"));
            String handler = String.valueOf(template.properties(name).get("Handler"));
            List<String> parts = List.of(handler.split("::", 2));
            Path zip = Path.of(codeUri);
            String module = zip.getParent().getParent().toString();
            functions.put(name, new Function(name, parts.get(0), parts.size() > 1 ? parts.get(1) : "handleRequest",
                    module, Repo.root().resolve(codeUri)));
        }
        return functions;
    }
}
