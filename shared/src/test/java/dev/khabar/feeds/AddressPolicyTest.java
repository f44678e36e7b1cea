package dev.khabar.feeds;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressPolicyTest {
    private final AddressPolicy policy = AddressPolicy.publicOnly();

    private static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }

    @Test
    void shouldRefusePrivateLoopbackLinkLocalAndMetadataAddresses() throws Exception {
        for (String blocked : new String[] {"127.0.0.1", "127.8.8.8", "10.0.0.5", "172.16.3.4", "172.31.255.255",
                "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "198.18.0.1",
                "::1", "::", "fe80::1", "fd00:ec2::254", "fc00::7", "::ffff:169.254.169.254", "::ffff:10.1.2.3",
                "64:ff9b::a9fe:a9fe", "2002:a9fe:a9fe::1", "2001:db8::1"}) {
            assertFalse(policy.allows(ip(blocked)), blocked);
        }
    }

    @Test
    void shouldAllowPublicAddresses() throws Exception {
        for (String open : new String[] {"8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2a00:1450:4001:80b::200e",
                "64:ff9b::808:808"}) {
            assertTrue(policy.allows(ip(open)), open);
        }
    }

    @Test
    void shouldAllowLoopbackOnlyWhenConfiguredToAndNothingElsePrivate() throws Exception {
        AddressPolicy tests = AddressPolicy.publicAndLoopback();
        assertTrue(tests.allows(ip("127.0.0.1")));
        assertTrue(tests.allows(ip("::1")));
        assertFalse(tests.allows(ip("169.254.169.254")));
        assertFalse(tests.allows(ip("10.0.0.1")));
    }
}
