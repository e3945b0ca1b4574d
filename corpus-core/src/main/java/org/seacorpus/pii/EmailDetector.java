package org.seacorpus.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses: a local part of letters (any script), digits and {@code . _ % + -}, an {@code @}, and a
 * domain of at least two labels whose last is letters (RFC 5321 in the form people write it; internationalised
 * addresses such as {@code สมชาย@ตัวอย่าง.ไทย} included).
 */
final class EmailDetector implements PiiDetector {
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{M}\\p{Nd}._%+-])[\\p{L}\\p{M}\\p{Nd}_%+-][\\p{L}\\p{M}\\p{Nd}._%+-]{0,63}"
                    + "@[\\p{L}\\p{M}\\p{Nd}](?:[\\p{L}\\p{M}\\p{Nd}-]{0,62}\\.)+[\\p{L}\\p{M}]{2,24}(?![\\p{L}\\p{M}\\p{Nd}])");

    @Override
    public List<PiiMatch> find(String text) {
        List<PiiMatch> out = new ArrayList<>();
        if (text.indexOf('@') < 0) {
            return out;
        }
        // look only around each @: the local part is at most 64 characters, the domain at most 255
        Matcher m = NumberRegions.matcher(EMAIL, text);
        int searched = 0;
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            m.region(Math.max(searched, at - 64), Math.min(text.length(), at + 256));
            while (m.find()) {
                out.add(new PiiMatch(m.start(), m.end(), PiiKind.EMAIL));
                searched = m.end();
            }
            searched = Math.max(searched, at + 1);
        }
        return out;
    }
}
