package org.seacorpus.pii;

import java.util.List;

/** Finds one family of personal data in a text. Implementations are pure and thread-safe. */
interface PiiDetector {
    /** The spans found, in text order; they may overlap spans of other detectors (the redactor decides). */
    List<PiiMatch> find(String text);
}
