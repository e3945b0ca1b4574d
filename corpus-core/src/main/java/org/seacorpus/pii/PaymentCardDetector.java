package org.seacorpus.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payment card numbers: 13–19 digits, contiguous or in groups split by single spaces or dashes, whose first
 * digit is a card network's (2–6: Mastercard 2-series, Amex/JCB/Diners 3, Visa 4, Mastercard 5, Discover/UnionPay
 * 6) and that pass the Luhn check (ISO/IEC 7812-1).
 */
final class PaymentCardDetector implements PiiDetector {
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{Nd}A-Za-z+])\\p{Nd}(?:[ -]?\\p{Nd}){12,18}(?![\\p{Nd}A-Za-z])");

    @Override
    public List<PiiMatch> find(String text) {
        List<PiiMatch> out = new ArrayList<>();
        Matcher m = NumberRegions.matcher(CANDIDATE, text);
        for (int[] region : NumberRegions.of(text, 13)) {
            m.region(region[0], region[1]);
            while (m.find()) {
                check(m, out);
            }
        }
        return out;
    }

    private static void check(Matcher m, List<PiiMatch> out) {
        int[] digits = Digits.of(m.group());
        if (digits.length >= 13 && digits.length <= 19 && digits[0] >= 2 && digits[0] <= 6
                && Digits.luhn(digits) && groupsLookLikeACard(m.group())) {
            out.add(new PiiMatch(m.start(), m.end(), PiiKind.PAYMENT_CARD));
        }
    }

    /** Cards are printed contiguous or in groups of 4 (Amex 4-6-5, 19-digit cards end in 3): no tiny groups. */
    private static boolean groupsLookLikeACard(String s) {
        String[] groups = s.split("[ -]");
        if (groups.length == 1) {
            return true;
        }
        for (String g : groups) {
            if (g.codePointCount(0, g.length()) < 3) {
                return false;
            }
        }
        return true;
    }
}
