package org.seacorpus.normalize;

import java.util.List;

import com.ibm.icu.text.Normalizer2;

/**
 * Script-independent rules that every text gets: byte-order marks, line endings, control characters, NFC and
 * runs of whitespace. NFC only: NFKC before word breaking splits Thai sara am and Lao ຳ/ໜ/ໝ.
 */
public final class GenericRules {
    private GenericRules() {
    }

    /** The generic rules in the order they must run (line endings before whitespace, NFC before both). */
    public static List<NormalizationRule> all() {
        return List.of(BOM, LINE_ENDINGS, CONTROLS, NFC, WHITESPACE);
    }

    /** U+FEFF anywhere: a byte-order mark at the start, a deprecated zero-width no-break space elsewhere. */
    public static final NormalizationRule BOM = new CharDeletion("bom") {
        @Override
        boolean delete(char c) {
            return c == '\uFEFF';
        }
    };

    /** C0 controls except tab and newline, DEL, and C1 controls (U+0080–U+009F, often cp1252 leftovers). */
    public static final NormalizationRule CONTROLS = new CharDeletion("controls") {
        @Override
        boolean delete(char c) {
            return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F);
        }
    };

    /** CR LF, lone CR, NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR become LF. */
    public static final NormalizationRule LINE_ENDINGS = new NormalizationRule() {
        @Override
        public String name() {
            return "line-endings";
        }

        @Override
        public String apply(String text, RuleCounts counts) {
            StringBuilder out = null;
            int changes = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
                if (c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                    if (out == null) {
                        out = new StringBuilder(text.length()).append(text, 0, i);
                    }
                    out.append('\n');
                    changes++;
                    if (crlf) {
                        i++;
                    }
                } else if (out != null) {
                    out.append(c);
                }
            }
            counts.add(name(), changes);
            return out == null ? text : out.toString();
        }
    };

    /** Unicode canonical composition. */
    public static final NormalizationRule NFC = new NormalizationRule() {
        private final Normalizer2 nfc = Normalizer2.getNFCInstance();

        @Override
        public String name() {
            return "nfc";
        }

        @Override
        public String apply(String text, RuleCounts counts) {
            int ok = nfc.spanQuickCheckYes(text);
            if (ok == text.length()) {
                return text;
            }
            String out = nfc.normalize(text);
            if (out.equals(text)) {
                return text;
            }
            counts.add(name(), Math.max(1, text.length() - out.length()));
            return out;
        }
    };

    /**
     * Tabs and runs of spaces become one space; spaces at line ends go; more than one blank line becomes one
     * (a blank line marks a paragraph); leading and trailing blank space of the text goes.
     */
    public static final NormalizationRule WHITESPACE = new NormalizationRule() {
        @Override
        public String name() {
            return "whitespace";
        }

        @Override
        public String apply(String text, RuleCounts counts) {
            StringBuilder out = new StringBuilder(text.length());
            int newlines = 0;
            boolean pendingSpace = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    newlines++;
                    pendingSpace = false;
                } else if (c == ' ' || c == '\t') {
                    pendingSpace = true;
                } else {
                    if (out.length() > 0) {
                        if (newlines > 0) {
                            out.append(newlines > 1 ? "\n\n" : "\n");
                        } else if (pendingSpace) {
                            out.append(' ');
                        }
                    }
                    newlines = 0;
                    pendingSpace = false;
                    out.append(c);
                }
            }
            String result = out.toString();
            if (result.equals(text)) {
                return text;
            }
            counts.add(name(), Math.max(1, text.length() - result.length()));
            return result;
        }
    };

    /** A rule that deletes single UTF-16 units; the unit classes deleted here are all in the BMP. */
    private abstract static class CharDeletion implements NormalizationRule {
        private final String name;

        CharDeletion(String name) {
            this.name = name;
        }

        abstract boolean delete(char c);

        @Override
        public String name() {
            return name;
        }

        @Override
        public String apply(String text, RuleCounts counts) {
            StringBuilder out = null;
            int removed = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (delete(c)) {
                    if (out == null) {
                        out = new StringBuilder(text.length()).append(text, 0, i);
                    }
                    removed++;
                } else if (out != null) {
                    out.append(c);
                }
            }
            counts.add(name, removed);
            return out == null ? text : out.toString();
        }
    }
}
