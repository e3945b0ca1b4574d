package org.seacorpus.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * National identity numbers where the number itself can be checked, so a random number is rarely taken for
 * one:
 * <ul>
 * <li>Thai ID card: 13 digits, contiguous or grouped 1-4-5-2-1, with the mod-11 check digit.</li>
 * <li>Malaysian MyKad / NRIC: YYMMDD-PB-###G, a valid month and day and a place-of-birth code in use
 *     (01–16, 21–59 states; 60–68, 71, 72, 74–79, 82–93, 98, 99 abroad or unknown; National Registration
 *     Department). Contiguous 12 digits or with dashes/spaces.</li>
 * <li>Indonesian NIK: 16 digits: a province code in use, regency and district not 00, a birth date (day + 40
 *     for women), and a serial not 0000 (Dukcapil).</li>
 * </ul>
 */
final class NationalIdDetector implements PiiDetector {
    private static final String D = "\\p{Nd}";
    private static final String BEFORE = "(?<![\\p{Nd}A-Za-z+])";
    private static final String AFTER = "(?![\\p{Nd}A-Za-z])";
    private static final Pattern THAI = Pattern.compile(
            BEFORE + D + "([ -]?)" + D + "{4}\\1" + D + "{5}\\1" + D + "{2}\\1" + D + AFTER);
    private static final Pattern MYKAD = Pattern.compile(BEFORE + D + "{6}([ -]?)" + D + "{2}\\1" + D + "{4}" + AFTER);
    private static final Pattern NIK = Pattern.compile(BEFORE + D + "{16}" + AFTER);
    private static final Set<Integer> NIK_PROVINCES = Set.of(11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33,
            34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96);

    @Override
    public List<PiiMatch> find(String text) {
        List<PiiMatch> out = new ArrayList<>();
        List<int[]> regions = NumberRegions.of(text, 12);
        if (regions.isEmpty()) {
            return out;
        }
        collect(NumberRegions.matcher(THAI, text), regions, PiiKind.TH_NATIONAL_ID, out);
        collect(NumberRegions.matcher(MYKAD, text), regions, PiiKind.MY_NRIC, out);
        collect(NumberRegions.matcher(NIK, text), regions, PiiKind.ID_NIK, out);
        out.sort(java.util.Comparator.comparingInt(PiiMatch::start));
        return out;
    }

    private static void collect(Matcher m, List<int[]> regions, PiiKind kind, List<PiiMatch> out) {
        for (int[] region : regions) {
            m.region(region[0], region[1]);
            while (m.find()) {
                check(m, kind, out);
            }
        }
    }

    private static void check(Matcher m, PiiKind kind, List<PiiMatch> out) {
        int[] digits = Digits.of(m.group());
        boolean valid = switch (kind) {
            case TH_NATIONAL_ID -> Digits.thaiId(digits);
            case MY_NRIC -> myKad(digits);
            case ID_NIK -> nik(digits);
            default -> false;
        };
        if (valid) {
            out.add(new PiiMatch(m.start(), m.end(), kind));
        }
    }

    static boolean myKad(int[] d) {
        if (d.length != 12 || !Digits.dayOfMonth(Digits.number(d, 4, 2), Digits.number(d, 2, 2))) {
            return false;
        }
        int place = Digits.number(d, 6, 2);
        return (place >= 1 && place <= 16) || (place >= 21 && place <= 68) || place == 71 || place == 72
                || (place >= 74 && place <= 79) || (place >= 82 && place <= 93) || place == 98 || place == 99;
    }

    static boolean nik(int[] d) {
        if (d.length != 16 || !NIK_PROVINCES.contains(Digits.number(d, 0, 2))) {
            return false;
        }
        int day = Digits.number(d, 6, 2);
        day = day > 40 ? day - 40 : day;
        return Digits.number(d, 2, 2) > 0 && Digits.number(d, 4, 2) > 0
                && Digits.dayOfMonth(day, Digits.number(d, 8, 2)) && Digits.number(d, 12, 4) > 0;
    }
}
