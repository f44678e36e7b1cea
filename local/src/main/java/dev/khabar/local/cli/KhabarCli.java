package dev.khabar.local.cli;

import dev.khabar.aws.JsonMappers;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code ./khabar search|export|ingest|analyze}: a client of the public HTTP API for scripts.
 * Java rather than curl in bash because deployed write routes need SigV4 from the AWS credentials
 * chain, and tables, CSV and progress bars are easier to get right (and to test) here.
 */
public final class KhabarCli {
    static final String USAGE = """
            usage: ./khabar COMMAND [--api URL] ...
              search QUERY [--from DATE --to DATE --lang L --entity ID --source S --sort relevance|date
                            --size N --cursor C --no-interpret] [--json|--csv|--jsonl]
              export QUERY --out FILE [--format jsonl|csv] [search filters]
              ingest PATH|URL ...      .txt, .json, .jsonl files or folders of them, or URLs to fetch
              analyze FILE [--json]    language, entities and dates of an article, nothing stored
            --api defaults to $KHABAR_API, else http://127.0.0.1:$KHABAR_PORT (3000).
            exit codes: 0 ok, 1 usage, 2 refused by the API (4xx) or items rejected, 3 API unreachable or 5xx
            """;

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;
    private final boolean interactive;

    public KhabarCli(Map<String, String> env, PrintStream out, PrintStream err, InputStream in, boolean interactive) {
        this.env = env;
        this.out = out;
        this.err = err;
        this.in = in;
        this.interactive = interactive;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = new KhabarCli(System.getenv(), out, err, System.in, System.console() != null).run(Arrays.asList(args));
        out.flush();
        System.exit(code);
    }

    public int run(List<String> args) {
        if (args.isEmpty() || Set.of("help", "-h", "--help").contains(args.get(0)) || args.contains("--help")) {
            (args.isEmpty() ? err : out).print(USAGE);
            return args.isEmpty() ? ExitCodes.USAGE : ExitCodes.OK;
        }
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (command) {
                case "search" -> {
                    CliArguments a = CliArguments.parse(rest, SearchCommand.OPTIONS, SearchCommand.FLAGS);
                    yield new SearchCommand(client(a), out, terminalWidth()).run(a);
                }
                case "export" -> {
                    CliArguments a = CliArguments.parse(rest, ExportCommand.OPTIONS, ExportCommand.FLAGS);
                    yield new ExportCommand(client(a), err, interactive).run(a);
                }
                case "ingest" -> {
                    CliArguments a = CliArguments.parse(rest, IngestCommand.OPTIONS, IngestCommand.FLAGS);
                    yield new IngestCommand(client(a), out, err, interactive).run(a);
                }
                case "analyze" -> {
                    CliArguments a = CliArguments.parse(rest, AnalyzeCommand.OPTIONS, AnalyzeCommand.FLAGS);
                    yield new AnalyzeCommand(client(a), out, in).run(a);
                }
                default -> throw CliException.usage("unknown command " + command);
            };
        } catch (CliException e) {
            err.println("khabar " + command + ": " + e.getMessage());
            if (e.exitCode() == ExitCodes.USAGE) {
                err.print(USAGE);
            }
            return e.exitCode();
        } catch (IOException e) {
            err.println("khabar " + command + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    ApiClient client(CliArguments args) {
        URI api = apiUri(args.option("api"), env);
        RequestSigner signer = isLocal(api) ? RequestSigner.NONE : new LazySigner(api, env);
        return new ApiClient(api, signer, JsonMappers.create());
    }

    static URI apiUri(String option, Map<String, String> env) {
        String value = option != null ? option : env.get("KHABAR_API");
        if (value == null || value.isBlank()) {
            value = "http://127.0.0.1:" + env.getOrDefault("KHABAR_PORT", "3000");
        }
        URI uri;
        try {
            uri = URI.create(value.strip());
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--api is not a URL: " + value);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw CliException.usage("--api must be an http(s) URL: " + value);
        }
        return uri;
    }

    /** Loopback APIs are the local front, which has no IAM; anything else gets signed writes. */
    static boolean isLocal(URI api) {
        String host = api.getHost();
        if (host.equals("localhost")) {
            return true;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress() && host.matches("[0-9.:\\[\\]]+");
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private int terminalWidth() {
        try {
            return Math.max(60, Integer.parseInt(env.getOrDefault("COLUMNS", "120")));
        } catch (NumberFormatException e) {
            return 120;
        }
    }

    /** Resolves credentials only when a write is actually sent, so reads need none. */
    private static final class LazySigner implements RequestSigner {
        private final URI api;
        private final Map<String, String> env;
        private SigV4Signer signer;

        LazySigner(URI api, Map<String, String> env) {
            this.api = api;
            this.env = env;
        }

        @Override
        public Map<String, String> sign(String method, URI uri, Map<String, String> headers, byte[] body) {
            if (signer == null) {
                signer = SigV4Signer.fromEnvironment(api, env);
            }
            return signer.sign(method, uri, headers, body);
        }
    }
}
