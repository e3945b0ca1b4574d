package org.seacorpus.pii;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Replaces personal data in a text with typed placeholders ({@code <EMAIL>}, {@code <PHONE>},
 * {@code <TH_NATIONAL_ID>} …) and counts what it replaced. Detectors run on the original text; where spans
 * overlap, the more specific kind wins (e-mail, IP address, national IDs with a checksum or structure, payment
 * cards with Luhn, then phones). Thread-safe.
 *
 * <pre>{@code
 * PiiRedactor.Result r = new PiiRedactor().redact("โทร 081-234-5678 หรือ somchai@example.co.th");
 * r.text();   // "โทร <PHONE> หรือ <EMAIL>"
 * r.counts(); // {EMAIL=1, PHONE=1}
 * }</pre>
 */
public final class PiiRedactor {
    /** In order of precedence. */
    private final List<PiiDetector> detectors = List.of(new EmailDetector(), new IpAddressDetector(),
            new NationalIdDetector(), new PaymentCardDetector(), new PhoneNumberDetector());

    /** The redacted text and how many spans of each kind were replaced. */
    public record Result(String text, Map<PiiKind, Integer> counts) {
        public boolean changed() {
            return !counts.isEmpty();
        }
    }

    /** The spans that would be replaced, in text order, without overlaps. */
    public List<PiiMatch> find(String text) {
        // accepted spans never overlap, so they are ordered by start and by end alike: a new span can only
        // overlap the accepted span that starts last before the new one ends
        TreeMap<Integer, PiiMatch> accepted = new TreeMap<>();
        for (PiiDetector detector : detectors) {
            for (PiiMatch match : detector.find(text)) {
                Map.Entry<Integer, PiiMatch> before = accepted.lowerEntry(match.end());
                if (before == null || !before.getValue().overlaps(match)) {
                    accepted.put(match.start(), match);
                }
            }
        }
        return new ArrayList<>(accepted.values());
    }

    public Result redact(String text) {
        List<PiiMatch> matches = find(text);
        if (matches.isEmpty()) {
            return new Result(text, Map.of());
        }
        Map<PiiKind, Integer> counts = new EnumMap<>(PiiKind.class);
        StringBuilder out = new StringBuilder(text.length());
        int pos = 0;
        for (PiiMatch m : matches) {
            out.append(text, pos, m.start()).append(m.kind().placeholder());
            counts.merge(m.kind(), 1, Integer::sum);
            pos = m.end();
        }
        out.append(text, pos, text.length());
        return new Result(out.toString(), Map.copyOf(counts));
    }
}
