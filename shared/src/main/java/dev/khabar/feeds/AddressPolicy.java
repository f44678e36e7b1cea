package dev.khabar.feeds;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which addresses the fetcher may connect to: public unicast only. Private, loopback, link-local
 * (which holds the cloud metadata service, 169.254.169.254), carrier-grade NAT, documentation,
 * multicast and reserved ranges are refused, for IPv4, IPv6 and IPv4 inside IPv6. Loopback can be
 * allowed for tests, and only by saying so.
 */
public final class AddressPolicy {
    private final boolean allowLoopback;

    private AddressPolicy(boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
    }

    public static AddressPolicy publicOnly() {
        return new AddressPolicy(false);
    }

    /** For tests against a local server; never the default. */
    public static AddressPolicy publicAndLoopback() {
        return new AddressPolicy(true);
    }

    public boolean allows(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return allowLoopback;
        }
        if (address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return allowsV4(b);
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xFF;
            if ((first & 0xFE) == 0xFC) {
                return false; // fc00::/7 unique local (AWS's IPv6 metadata address fd00:ec2::254 is here)
            }
            if (first == 0xFE && (b[1] & 0xC0) == 0xC0) {
                return false; // fec0::/10 old site-local
            }
            if (isZero(b, 0, 10) && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
                return allowsV4(new byte[] {b[12], b[13], b[14], b[15]}); // ::ffff:a.b.c.d
            }
            if (isZero(b, 0, 12)) {
                return false; // ::/96 (IPv4-compatible, unspecified)
            }
            if (first == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B) {
                return allowsV4(new byte[] {b[12], b[13], b[14], b[15]}); // 64:ff9b::/96 NAT64
            }
            if (first == 0x20 && (b[1] & 0xFF) == 0x01 && (b[2] & 0xFF) == 0x0D && (b[3] & 0xFF) == 0xB8) {
                return false; // 2001:db8::/32 documentation
            }
            if (first == 0x20 && (b[1] & 0xFF) == 0x02) {
                return allowsV4(new byte[] {b[2], b[3], b[4], b[5]}); // 2002::/16 6to4 wraps an IPv4 address
            }
            return true;
        }
        return false;
    }

    private boolean allowsV4(byte[] b) {
        int a0 = b[0] & 0xFF;
        int a1 = b[1] & 0xFF;
        int a2 = b[2] & 0xFF;
        if (a0 == 127) {
            return allowLoopback;
        }
        return !(a0 == 0                                   // 0.0.0.0/8
                || a0 == 10                                // 10/8
                || (a0 == 100 && (a1 & 0xC0) == 64)        // 100.64/10 carrier-grade NAT
                || (a0 == 169 && a1 == 254)                // 169.254/16 link-local, cloud metadata
                || (a0 == 172 && (a1 & 0xF0) == 16)        // 172.16/12
                || (a0 == 192 && a1 == 0 && a2 == 0)       // 192.0.0/24 protocol assignments
                || (a0 == 192 && a1 == 0 && a2 == 2)       // documentation
                || (a0 == 192 && a1 == 168)                // 192.168/16
                || (a0 == 198 && (a1 & 0xFE) == 18)        // 198.18/15 benchmarking
                || (a0 == 198 && a1 == 51 && a2 == 100)    // documentation
                || (a0 == 203 && a1 == 0 && a2 == 113)     // documentation
                || a0 >= 224);                             // multicast, reserved, broadcast
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
