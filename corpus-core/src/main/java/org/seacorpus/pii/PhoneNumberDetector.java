package org.seacorpus.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers in the forms used in Southeast Asia: international ({@code +66 81 234 5678},
 * {@code 0084 912 345 678}) checked against the country's plan ({@link PhonePlan}); national with the trunk
 * prefix 0 ({@code 081-234-5678}, {@code (02) 8123 4567}, {@code 020 5555 1234}) when some ASEAN plan accepts
 * the rest and it has at least 8 digits after the 0; Singapore and Timor-Leste local numbers only in their
 * printed form of two groups of four ({@code 6123 4567}, {@code 7723 4567}). Any other {@code +} number of
 * 8–15 digits (E.164) is a phone too. Digits of any script are read.
 *
 * <p>Not found, on purpose: short local numbers without a 0 (e.g. Yangon's 7-digit landlines written without
 * the area code), which cannot be told from other numbers.
 */
final class PhoneNumberDetector implements PiiDetector {
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{Nd}A-Za-z+.,])(?:\\+|00)?\\(?\\p{Nd}[\\p{Nd} ().-]{5,40}\\p{Nd}(?![\\p{Nd}A-Za-z])");
    private static final Pattern PIECE = Pattern.compile("[^ ]+");
    private static final Pattern LOCAL_EIGHT = Pattern.compile("[689]\\p{Nd}{3}[ -]\\p{Nd}{4}|7\\p{Nd}{3}[ -]\\p{Nd}{4}");

    @Override
    public List<PiiMatch> find(String text) {
        List<PiiMatch> out = new ArrayList<>();
        Matcher m = NumberRegions.matcher(CANDIDATE, text);
        for (int[] region : NumberRegions.of(text, 7)) {
            m.region(region[0], region[1]);
            while (m.find()) {
                if (accept(m.group())) {
                    out.add(new PiiMatch(m.start(), m.end(), PiiKind.PHONE));
                } else {
                    splitRun(m.group(), m.start(), out);
                }
            }
        }
        return out;
    }

    private static boolean accept(String candidate) {
        return separatorsLookLikeAPhone(candidate) && isPhone(candidate);
    }

    /**
     * Two numbers written one after the other ({@code 081 234 5678 02 123 4567}): the split into valid numbers
     * that covers the most pieces (a greedy longest match would take {@code 081 234 5678 02} for an Indonesian
     * mobile number and strand the rest).
     */
    private static void splitRun(String run, int offset, List<PiiMatch> out) {
        List<int[]> pieces = new ArrayList<>();
        Matcher piece = PIECE.matcher(run);
        while (piece.find()) {
            pieces.add(new int[] {piece.start(), piece.end()});
        }
        int n = pieces.size();
        int[] covered = new int[n + 1]; // pieces covered by the best split of pieces i..n-1
        int[] until = new int[n + 1];   // the last piece of the number starting at i, or -1 to skip piece i
        for (int i = n - 1; i >= 0; i--) {
            covered[i] = covered[i + 1];
            until[i] = -1;
            for (int j = i + 1; j < n; j++) {
                int total = j - i + 1 + covered[j + 1];
                if (total > covered[i] && accept(run.substring(pieces.get(i)[0], pieces.get(j)[1]))) {
                    covered[i] = total;
                    until[i] = j;
                }
            }
        }
        for (int i = 0; i < n; ) {
            if (until[i] < 0) {
                i++;
            } else {
                out.add(new PiiMatch(offset + pieces.get(i)[0], offset + pieces.get(until[i])[1], PiiKind.PHONE));
                i = until[i] + 1;
            }
        }
    }

    static boolean isPhone(String candidate) {
        StringBuilder digits = new StringBuilder();
        for (int d : Digits.of(candidate)) {
            digits.append(d);
        }
        String all = digits.toString();
        if (candidate.startsWith("+") || candidate.startsWith("00")) {
            String international = candidate.startsWith("+") ? all : all.substring(2);
            for (PhonePlan plan : PhonePlan.ASEAN) {
                if (international.startsWith(plan.countryCode())) {
                    return plan.accepts(international.substring(plan.countryCode().length()));
                }
            }
            return candidate.startsWith("+") && international.length() >= 8 && international.length() <= 15;
        }
        if (all.startsWith("0") && all.length() >= 9) {
            String nsn = all.substring(1);
            for (PhonePlan plan : PhonePlan.ASEAN) {
                if (plan.accepts(nsn)) {
                    return true;
                }
            }
            return false;
        }
        return LOCAL_EIGHT.matcher(candidate).matches();
    }

    /**
     * Rejects what only looks like digits with separators: a decimal or a number with thousands dots, and
     * unbalanced or nested parentheses.
     */
    private static boolean separatorsLookLikeAPhone(String s) {
        int open = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                open++;
            } else if (c == ')') {
                open--;
            }
            if (open < 0 || open > 1) {
                return false;
            }
        }
        if (open != 0) {
            return false;
        }
        boolean dotsOnly = s.indexOf('.') >= 0 && s.chars().noneMatch(c -> c == ' ' || c == '-' || c == '(');
        if (dotsOnly) {
            // 0.12345678 (a decimal) or 1.250.000 (thousands): dots alone are how numbers are written
            return s.chars().filter(c -> c == '.').count() > 1 && !s.matches("\\p{Nd}{1,3}(\\.\\p{Nd}{3})+");
        }
        return true;
    }
}
