package org.seacorpus.pii;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;

/**
 * Phone numbers, found and checked by Google's libphonenumber ({@link PhoneNumberUtil#findNumbers}) against
 * the numbering plans of the ten ASEAN members and Timor-Leste ({@link #REGIONS}):
 * <ul>
 *   <li>national numbers ({@code 081-234-5678}, {@code (02) 8123 4567}, {@code 6123 4567}) must be
 *       {@link Leniency#VALID} for one of those regions: a possible length, an allocated range, and the trunk
 *       prefix 0 where the country writes it;</li>
 *   <li>international numbers ({@code +66 81 234 5678}, {@code 0066 81 234 5678} read with the regions' own
 *       international prefix) are valid for their country; written with {@code +} they need only be
 *       {@link Leniency#POSSIBLE}, a length the country's plan allows: the {@code +} says it is a phone.</li>
 * </ul>
 * Guards keep the precision of the hand-written plan this replaced (measured in docs/export.md):
 * <ul>
 *   <li>dots alone are how decimals and thousands are written ({@code 0.123456789}, {@code 1.250.000}): a
 *       number separated only by one dot, or grouped in threes by dots, is not a phone;</li>
 *   <li>a national number without trunk prefix or country code must be written in groups of three or more
 *       digits joined by a space or hyphen ({@code 6123 4567}, {@code 712 3456}), and not grouped like an
 *       amount ({@code 2 345 678}): a bare {@code 91234567}, {@code 7 - 12 - 1934} or {@code 2018 9.28} is
 *       not a phone;</li>
 *   <li>no time range ({@code 06.10 - 08.50}), no slash (dates, URL paths), balanced parentheses, and no digit, Latin letter, underscore or slash
 *       touching the number ({@code doc_00313104227}).</li>
 * </ul>
 * Two numbers written one after the other ({@code 081 234 5678 02 123 4567}), which the library reads as one
 * invalid candidate, are split into the valid numbers that cover the most of the run. Digits of any script are
 * read.
 *
 * <p>Not found, on purpose: short local numbers without their area code (Yangon's 7-digit landlines), which
 * cannot be told from other numbers. Thread-safe ({@link PhoneNumberUtil} is).
 */
final class PhoneNumberDetector implements PiiDetector {
    /** ISO 3166 regions whose national formats are read: the ten ASEAN members, then Timor-Leste. */
    static final List<String> REGIONS = List.of("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL");

    /**
     * The regions whose national numbers start with the trunk prefix 0 (the others, Brunei, Singapore and
     * Timor-Leste, have none), and whose international prefix is 00 or starts with it.
     */
    private static final java.util.Set<String> TRUNK_ZERO = java.util.Set.of("KH", "ID", "LA", "MY", "MM", "PH",
            "TH", "VN");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    /** The unknown region: only numbers written with {@code +} parse. */
    private static final String ANY_REGION = "ZZ";
    /** Characters handed to the library on each side of a number, for its letter and symbol checks. */
    private static final int CONTEXT = 2;
    private static final Pattern PIECE = Pattern.compile("[^ ]+");
    private static final Pattern THOUSANDS = Pattern.compile("\\p{Nd}{1,3}(\\.\\p{Nd}{3})+");
    /** {@code 06.10 - 08.50}: a time table, not a number. */
    private static final Pattern TIME_RANGE = Pattern.compile(
            "\\p{Nd}{1,2}[.:]\\p{Nd}{2} ?[-\u2013] ?\\p{Nd}{1,2}[.:]\\p{Nd}{2}");
    /** A local number without trunk prefix: groups of 3 or more digits joined by one space or hyphen. */
    private static final Pattern LOCAL_GROUPS = Pattern.compile("\\p{Nd}{3,}(?:[ -]\\p{Nd}{3,})+");
    /** {@code 2 345 678}, {@code 4,500,000}: an amount, when no trunk prefix or country code says otherwise. */
    private static final Pattern GROUPED_THOUSANDS = Pattern.compile("\\p{Nd}{1,3}([ ,.]\\p{Nd}{3})+");

    @Override
    public List<PiiMatch> find(String text) {
        List<PiiMatch> out = new ArrayList<>();
        for (int[] region : NumberRegions.of(text, 7)) {
            if (glued(text, region[0], region[1])) {
                continue;
            }
            int from = Math.max(0, region[0] - CONTEXT);
            int to = Math.min(text.length(), region[1] + CONTEXT);
            if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
                from--;
            }
            if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
                to++;
            }
            String window = text.substring(from, to);
            int pos = region[0] - from;
            for (int[] phone : phones(window)) {
                splitRun(window, pos, phone[0], from, out);
                out.add(new PiiMatch(from + phone[0], from + phone[1], PiiKind.PHONE));
                pos = phone[1];
            }
            splitRun(window, pos, region[1] - from, from, out);
        }
        return out;
    }

    /**
     * A run of digits alone (no separator) that touches a longer token ({@code doc_00313104227}): any number
     * in it would touch the token too, so the library need not look.
     */
    private static boolean glued(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isDigit(text.charAt(i)) && !Character.isSurrogate(text.charAt(i))) {
                return false;
            }
        }
        return !standsAlone(text, start, end);
    }

    /** Disjoint spans of phone numbers in {@code text}, in order; where regions disagree the longest wins. */
    private static List<int[]> phones(String text) {
        List<int[]> found = new ArrayList<>();
        boolean trunkZero = hasGroupStartingWithZero(text);
        for (String region : REGIONS) {
            // a region that writes a trunk prefix 0 can only find a number here if some group starts with 0
            if (trunkZero || !TRUNK_ZERO.contains(region)) {
                collect(text, PHONES.findNumbers(text, region, Leniency.VALID, Long.MAX_VALUE), found);
            }
        }
        if (text.indexOf('+') >= 0) {
            collect(text, PHONES.findNumbers(text, ANY_REGION, Leniency.POSSIBLE, Long.MAX_VALUE), found);
        }
        found.sort(Comparator.<int[]>comparingInt(s -> s[0] - s[1]).thenComparingInt(s -> s[0]));
        List<int[]> out = new ArrayList<>();
        for (int[] span : found) {
            if (out.stream().noneMatch(o -> span[0] < o[1] && o[0] < span[1])) {
                out.add(span);
            }
        }
        out.sort(Comparator.comparingInt(s -> s[0]));
        return out;
    }

    /** True when a run of digits in {@code text} starts with a zero (of any script). */
    private static boolean hasGroupStartingWithZero(String text) {
        boolean inDigits = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int digit = Character.digit(cp, 10);
            if (digit == 0 && !inDigits) {
                return true;
            }
            inDigits = digit >= 0;
            i += Character.charCount(cp);
        }
        return false;
    }

    private static void collect(String text, Iterable<PhoneNumberMatch> matches, List<int[]> out) {
        for (PhoneNumberMatch m : matches) {
            if (plausible(m.rawString()) && standsAlone(text, m.start(), m.end())) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
    }

    /**
     * Not part of a longer token: no digit, Latin letter, underscore or slash right before or after (an id such
     * as {@code doc_00313104227}, a URL path {@code /read/968761/12/}), and no {@code + . ,} right before; a
     * slash may come before a number written with {@code +} ({@code Viber/+95 9 5117256}).
     */
    static boolean standsAlone(String text, int start, int end) {
        if (start > 0) {
            int before = text.codePointBefore(start);
            if (Character.isDigit(before) || isLatinLetter(before) || "_+.,".indexOf(before) >= 0
                    || before == '/' && text.charAt(start) != '+') {
                return false;
            }
        }
        if (end < text.length()) {
            int after = text.codePointAt(end);
            return !Character.isDigit(after) && !isLatinLetter(after) && "_/".indexOf(after) < 0;
        }
        return true;
    }

    private static boolean isLatinLetter(int c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    /** True when {@code text} is exactly one phone number. */
    private static boolean isPhone(String text) {
        List<int[]> phones = phones(text);
        return phones.size() == 1 && phones.get(0)[0] == 0 && phones.get(0)[1] == text.length();
    }

    /**
     * Numbers written one after the other in {@code window[from, to)}: the split into phone numbers that covers
     * the most pieces (a greedy longest match would take {@code 081 234 5678 02} for an Indonesian mobile number
     * and strand the rest). Each number must start with a trunk prefix or a country code: a run of bare groups
     * ({@code 978 979 1234 56 7}, an ISBN) is not cut into local numbers. Stretches with fewer than 7 digits
     * hold no phone and are skipped.
     */
    private static void splitRun(String window, int from, int to, int offset, List<PiiMatch> out) {
        if (to - from < 7 || Digits.of(window.substring(from, to)).length < 7) {
            return;
        }
        String run = window.substring(from, to);
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
                String number = run.substring(pieces.get(i)[0], pieces.get(j)[1]);
                if (total > covered[i] && prefixed(number) && isPhone(number)) {
                    covered[i] = total;
                    until[i] = j;
                }
            }
        }
        for (int i = 0; i < n; ) {
            if (until[i] < 0) {
                i++;
            } else {
                int start = offset + from + pieces.get(i)[0];
                out.add(new PiiMatch(start, offset + from + pieces.get(until[i])[1], PiiKind.PHONE));
                i = until[i] + 1;
            }
        }
    }

    /**
     * The guards on what the library accepts (see the class comment): balanced parentheses, dots that are not a
     * decimal or thousands separator, and a national number without a trunk prefix written in groups.
     */
    static boolean plausible(String raw) {
        int open = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
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
        boolean dotsOnly = raw.indexOf('.') >= 0 && raw.chars().noneMatch(c -> c == ' ' || c == '-' || c == '(');
        if (dotsOnly && (raw.chars().filter(c -> c == '.').count() < 2 || THOUSANDS.matcher(raw).matches())) {
            return false;
        }
        if (raw.indexOf('/') >= 0 || TIME_RANGE.matcher(raw).matches()) {
            return false;
        }
        return prefixed(raw) || LOCAL_GROUPS.matcher(raw).matches() && !GROUPED_THOUSANDS.matcher(raw).matches();
    }

    /** Written with a country code ({@code +}) or a trunk prefix ({@code 0}, {@code (0}). */
    private static boolean prefixed(String raw) {
        int first = raw.codePointAt(0);
        return first == '+' || first == '(' || Character.digit(first, 10) == 0;
    }
}
