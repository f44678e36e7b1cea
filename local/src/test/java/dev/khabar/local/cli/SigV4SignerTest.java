package dev.khabar.local.cli;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SigV4SignerTest {
    private final SigV4Signer signer = new SigV4Signer(
            () -> AwsCredentialsIdentity.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), "eu-west-1");

    @Test
    void shouldSignForExecuteApiInTheGivenRegion() {
        byte[] body = "{\"title\":\"Istanbul borsası güne yükselişle başladı\",\"body\":\"BIST 100 endeksi…\"}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> added = signer.sign("POST", URI.create("https://abc123.execute-api.eu-west-1.amazonaws.com/articles"),
                Map.of("content-type", "application/json"), body);
        String auth = added.get("Authorization");
        assertTrue(auth.startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"), auth);
        assertTrue(auth.contains("/eu-west-1/execute-api/aws4_request"), auth);
        assertTrue(auth.contains("SignedHeaders=") && auth.contains("content-type"), auth);
        assertTrue(added.containsKey("X-Amz-Date"));
        assertFalse(added.keySet().stream().anyMatch(h -> h.equalsIgnoreCase("host") || h.equalsIgnoreCase("content-length")));
    }

    @Test
    void shouldSignDifferentBodiesDifferently() {
        URI uri = URI.create("https://abc123.execute-api.eu-west-1.amazonaws.com/articles");
        String a = signer.sign("POST", uri, Map.of("content-type", "text/plain"), "אחד".getBytes(StandardCharsets.UTF_8)).get("Authorization");
        String b = signer.sign("POST", uri, Map.of("content-type", "text/plain"), "שניים".getBytes(StandardCharsets.UTF_8)).get("Authorization");
        assertFalse(a.equals(b));
    }

    @Test
    void shouldTakeTheRegionFromTheExecuteApiHostFirst() {
        assertEquals("ap-south-1", SigV4Signer.regionFor(URI.create("https://x1y2.execute-api.ap-south-1.amazonaws.com"), Map.of("AWS_REGION", "us-east-1")));
        assertEquals("us-east-1", SigV4Signer.regionFor(URI.create("https://news.example.org"), Map.of("AWS_REGION", "us-east-1")));
        assertEquals("eu-central-1", SigV4Signer.regionFor(URI.create("https://news.example.org"), Map.of("AWS_DEFAULT_REGION", "eu-central-1")));
    }
}
