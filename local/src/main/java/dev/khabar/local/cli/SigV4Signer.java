package dev.khabar.local.cli;

import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs requests to a deployed API (IAM-authorised write routes) with SigV4 for execute-api, with
 * credentials from the standard AWS chain (environment, profile, SSO, container, instance).
 */
public final class SigV4Signer implements RequestSigner {
    private static final Pattern EXECUTE_API_HOST = Pattern.compile("^[a-z0-9]+\\.execute-api\\.([a-z0-9-]+)\\.amazonaws\\.com$");
    /** Set by java.net.http itself; sending them explicitly is refused. */
    private static final Set<String> CLIENT_HEADERS = Set.of("host", "content-length", "connection", "expect", "upgrade");

    private final Supplier<AwsCredentialsIdentity> credentials;
    private final String region;
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

    public SigV4Signer(Supplier<AwsCredentialsIdentity> credentials, String region) {
        this.credentials = credentials;
        this.region = region;
    }

    public static SigV4Signer fromEnvironment(URI api, Map<String, String> env) {
        String region = regionFor(api, env);
        if (region == null) {
            throw CliException.usage("cannot tell the API's AWS region: set AWS_REGION");
        }
        DefaultCredentialsProvider chain = DefaultCredentialsProvider.builder().build();
        return new SigV4Signer(() -> {
            try {
                return chain.resolveCredentials();
            } catch (RuntimeException e) {
                throw CliException.usage("no AWS credentials to sign the request with: " + e.getMessage());
            }
        }, region);
    }

    /** The region in an execute-api host name wins; else AWS_REGION, then AWS_DEFAULT_REGION. */
    static String regionFor(URI api, Map<String, String> env) {
        String host = api.getHost() == null ? "" : api.getHost().toLowerCase(Locale.ROOT);
        Matcher m = EXECUTE_API_HOST.matcher(host);
        if (m.matches()) {
            return m.group(1);
        }
        String region = env.get("AWS_REGION");
        return region != null && !region.isBlank() ? region : env.get("AWS_DEFAULT_REGION");
    }

    @Override
    public Map<String, String> sign(String method, URI uri, Map<String, String> headers, byte[] body) {
        SdkHttpRequest.Builder request = SdkHttpRequest.builder().uri(uri).method(SdkHttpMethod.fromValue(method));
        headers.forEach(request::putHeader);
        SignedRequest signed = signer.sign(r -> r.identity(credentials.get())
                .request(request.build())
                .payload(ContentStreamProvider.fromByteArrayUnsafe(body == null ? new byte[0] : body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "execute-api")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region));
        Map<String, String> added = new LinkedHashMap<>();
        signed.request().headers().forEach((name, values) -> {
            if (!CLIENT_HEADERS.contains(name.toLowerCase(Locale.ROOT)) && !headers.containsKey(name)) {
                added.put(name, String.join(",", values));
            }
        });
        return added;
    }
}
