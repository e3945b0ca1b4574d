package org.seacorpus.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IP addresses: IPv4 dotted quads with every part 0–255 (not preceded by {@code v}, so version numbers like
 * {@code v1.2.3.4} stay), and IPv6 in full or compressed form (RFC 4291 §2.2, RFC 5952), checked group by
 * group so clock times ({@code 12:30:45}) are not taken for one.
 */
final class IpAddressDetector implements PiiDetector {
    private static final String OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
    private static final Pattern V4 = Pattern.compile(
            "(?<![0-9.vV])" + OCTET + "(?:\\." + OCTET + "){3}(?![0-9]|\\.[0-9])");
    private static final Pattern V6 = Pattern.compile(
            "(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![0-9A-Fa-f:])");

    @Override
    public List<PiiMatch> find(String text) {
        List<PiiMatch> out = new ArrayList<>();
        Matcher m = NumberRegions.matcher(V4, text);
        for (int[] region : NumberRegions.of(text, 4)) {
            m.region(region[0], region[1]);
            while (m.find()) {
                out.add(new PiiMatch(m.start(), m.end(), PiiKind.IP_ADDRESS));
            }
        }
        if (hasColonsClose(text)) {
            Matcher v6 = V6.matcher(text);
            while (v6.find()) {
                if (isIpv6(v6.group())) {
                    out.add(new PiiMatch(v6.start(), v6.end(), PiiKind.IP_ADDRESS));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(PiiMatch::start));
        return out;
    }

    /** An IPv6 address has two colons at most five characters apart; most texts with colons do not. */
    private static boolean hasColonsClose(String text) {
        int previous = -10;
        for (int i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
            if (i - previous <= 5) {
                return true;
            }
            previous = i;
        }
        return false;
    }

    static boolean isIpv6(String s) {
        int compressed = s.indexOf("::");
        if (compressed >= 0 && s.indexOf("::", compressed + 1) >= 0) {
            return false;
        }
        if (s.chars().noneMatch(c -> Character.digit(c, 16) >= 0)) {
            return false;
        }
        String[] groups = s.split(":", -1);
        int nonEmpty = 0;
        for (int i = 0; i < groups.length; i++) {
            String g = groups[i];
            if (g.isEmpty()) {
                boolean edgeOfCompression = compressed >= 0;
                if (!edgeOfCompression) {
                    return false;
                }
                continue;
            }
            if (g.length() > 4) {
                return false;
            }
            nonEmpty++;
        }
        return compressed >= 0 ? nonEmpty <= 7 : nonEmpty == 8;
    }
}
