package dev.khabar.aws;

import java.util.Map;

/**
 * Everything the functions read from the environment, read once and checked at start. Local runs
 * differ only in endpoints and credentials (the SDK-standard AWS_ENDPOINT_URL_* variables).
 */
public record AppConfig(String bucket, String table, String openSearchEndpoint, String indexAlias, String region,
                        String s3Endpoint) {

    public static AppConfig from(Map<String, String> env) {
        return new AppConfig(
                required(env, "KHABAR_BUCKET"),
                required(env, "KHABAR_TABLE"),
                required(env, "KHABAR_OPENSEARCH_ENDPOINT"),
                env.getOrDefault("KHABAR_INDEX", "articles"),
                env.getOrDefault("AWS_REGION", env.getOrDefault("AWS_DEFAULT_REGION", "us-east-1")),
                env.get("AWS_ENDPOINT_URL_S3"));
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Missing environment variable " + name);
        }
        return value;
    }
}
