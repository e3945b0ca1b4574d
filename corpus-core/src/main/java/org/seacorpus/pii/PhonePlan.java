package org.seacorpus.pii;

import java.util.List;

/**
 * The numbering plan of one ASEAN country (and Timor-Leste) as far as needed to tell a phone number from other
 * numbers: its country code and the lengths and leading digits of its national significant numbers (the number
 * after the country code or the trunk prefix 0). From the ITU-T E.164 national numbering plan notices of each
 * country; mobile and geographic ranges only.
 *
 * @param country     ISO 3166 code
 * @param countryCode calling code without +
 * @param ranges      accepted national significant numbers: leading digits and length range
 */
record PhonePlan(String country, String countryCode, List<Range> ranges) {
    /** Numbers that start with one of {@code prefixes} and have {@code min}…{@code max} digits. */
    record Range(String prefixes, int min, int max) {
        boolean accepts(String nsn) {
            if (nsn.length() < min || nsn.length() > max) {
                return false;
            }
            for (String p : prefixes.split(",")) {
                if (nsn.startsWith(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    static final List<PhonePlan> ASEAN = List.of(
            new PhonePlan("TH", "66", List.of(new Range("6,8,9", 9, 9), new Range("2,3,4,5,7", 8, 8))),
            new PhonePlan("MY", "60", List.of(new Range("1", 9, 10), new Range("3,4,5,6,7,8,9", 8, 9))),
            new PhonePlan("ID", "62", List.of(new Range("8", 9, 12), new Range("2,3,4,5,6,7", 8, 11))),
            new PhonePlan("PH", "63", List.of(new Range("9", 10, 10), new Range("2,3,4,5,6,7,8", 8, 9))),
            new PhonePlan("VN", "84", List.of(new Range("3,5,7,8,9", 9, 9), new Range("2", 10, 10))),
            new PhonePlan("KH", "855", List.of(new Range("1,6,7,8,9", 8, 9), new Range("2,3,4,5", 8, 8))),
            new PhonePlan("LA", "856", List.of(new Range("20", 10, 10), new Range("21,3,4,5,6,7,8", 8, 9))),
            new PhonePlan("MM", "95", List.of(new Range("9", 8, 10), new Range("1,2,4,5,6,7,8", 7, 9))),
            new PhonePlan("SG", "65", List.of(new Range("3,6,8,9", 8, 8))),
            new PhonePlan("TL", "670", List.of(new Range("7", 8, 8), new Range("2,3,4", 7, 7))),
            new PhonePlan("BN", "673", List.of(new Range("2,3,4,5,7,8", 7, 7))));

    boolean accepts(String nsn) {
        for (Range r : ranges) {
            if (r.accepts(nsn)) {
                return true;
            }
        }
        return false;
    }
}
