package org.seacorpus.pii;

import java.util.Locale;

/** What a redacted span was; each kind has its own placeholder in the exported text. */
public enum PiiKind {
    EMAIL,
    IP_ADDRESS,
    PHONE,
    PAYMENT_CARD,
    /** Thai national ID card number: 13 digits, the last a mod-11 check digit. */
    TH_NATIONAL_ID,
    /** Malaysian identity card (MyKad / NRIC) number: YYMMDD-PB-###G. */
    MY_NRIC,
    /** Indonesian population registration number (NIK): 16 digits with region and birth date. */
    ID_NIK;

    /** The text that replaces a span of this kind, e.g. {@code <PHONE>}. */
    public String placeholder() {
        return "<" + name() + ">";
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
