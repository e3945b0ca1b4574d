package org.seacorpus.normalize;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;

import org.seacorpus.util.TableFill;

/**
 * The fast path's look for the generic rules that run before the script rules ({@link GenericRules#beforeScripts}):
 * one pass over the UTF-16 units with a table of what each character may set off, instead of one pass per rule.
 * It says yes only when none of them would change anything: no byte-order mark, control, soft hyphen, odd space,
 * line separator other than LF, zero-width character, no lead character of misread UTF-8 followed by a
 * continuation (see {@link MojibakeRule#leavesAlone}), and the text is in NFC by the quick check of UAX #15 (every
 * character NFC_Quick_Check=Yes, combining classes in canonical order; a starter marked Maybe, such as Myanmar ီ,
 * only if it does not compose with the character before it; text with supplementary characters or with a
 * combining mark marked Maybe is asked of ICU). {@link #scan} is the normaliser's whole fast-path look in the
 * same pass: this, the whitespace tidiness, the encoding repairs' trigger characters and each line's scripts, each
 * line handed to the caller's per-script look as it ends. Thread-safe.
 */
public final class CleanTextScan {
    private static final byte PLAIN = 0;
    /** Some rule may act on this character. */
    private static final byte TRIGGER = 1;
    /** A lead character of a two- to four-byte UTF-8 sequence read as windows-1252 (Â … ô): look at the next. */
    private static final byte LEAD = 2;
    /** A high or low surrogate, or a mark that may compose with a starter before it: ICU decides NFC. */
    private static final byte ASK_ICU = 3;
    /** NFC_Quick_Check=Maybe on a starter (Myanmar ီ, Hangul vowels): not NFC only if it composes with the last. */
    private static final byte MAYBE_STARTER = 4;

    private static final byte[] KIND = new byte[0x10000];
    private static final byte[] CCC = new byte[0x10000];
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    static {
        TableFill.inBlocks(0x10000, CleanTextScan::kinds);   // compiled after a few blocks (TableFill)
    }

    /** {@link #KIND} and {@link #CCC} of the code units {@code [from, to)}. */
    private static void kinds(int from, int to) {
        for (int c = from; c < to; c++) {
            char ch = (char) c;
            int quickCheck = UCharacter.getIntPropertyValue(c, UProperty.NFC_QUICK_CHECK); // 0 no, 1 yes, 2 maybe
            int ccc = UCharacter.getCombiningClass(c);
            boolean trigger = ch == '\uFEFF' || (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)
                    || c == 0xAD || GenericRules.isOddSpace(ch) || c == '\r' || c == 0x2028 || c == 0x2029
                    || ZeroWidthRule.isZeroWidth(ch) || quickCheck == 0;
            KIND[c] = trigger ? TRIGGER : Character.isSurrogate(ch) || (quickCheck == 2 && ccc != 0) ? ASK_ICU
                    : quickCheck == 2 ? MAYBE_STARTER : c >= 0xC2 && c <= 0xF4 ? LEAD : PLAIN;
            CCC[c] = (byte) ccc;
        }
    }

    /** Where a line's characters belong: the bit set of the language modules whose script ranges hold them. */
    public interface Scripts {
        /** Per BMP code unit, the index of its bit set in {@link #masks()}. */
        char[] slots();

        /** The distinct bit sets. */
        long[] masks();

        /** The bit set of text[from, to) counted fully (supplementary characters too), for lines that hold them. */
        long modulesIn(String text, int from, int to);
    }

    /** Asked, for each line holding a module's characters, whether that module's rules leave the line alone. */
    @FunctionalInterface
    public interface Lines {
        boolean untouched(String text, int from, int to, long modules);

        /**
         * True when every line is to be asked, also after one its rules would change (a caller that keeps the
         * answers, so that the full path rewrites only the lines that need it); false, the default, when the
         * first such line settles the question.
         */
        default boolean everyLine() {
            return false;
        }
    }

    /** Answer of {@link #scan}: some rule may change the text; take the full path. */
    public static final int FULL = 1;
    /** Answer of {@link #scan}: the whitespace tidying has something to do (and nothing else has). */
    public static final int UNTIDY = 2;
    /** Answer of {@link #scan}: a character some encoding repair may act on was seen; ask the repairs. */
    public static final int ASK_REPAIRS = 4;
    /**
     * Answer of {@link #scan}, with {@link #UNTIDY}: all the untidiness is blank space at the text's edges (a
     * final newline), which {@link GenericRules#withoutBlankEdges} removes as the whitespace rule would.
     */
    public static final int EDGES_ONLY = 8;
    /**
     * Answer of {@link #scan}, with {@link #FULL}: only a line's script rules would change the text; the generic
     * rules before them leave it alone (the scan went on to the end for them, without asking about more lines), so
     * the full path need not look at the generic rules again. {@link #ASK_REPAIRS} still applies.
     */
    public static final int LINES_ONLY = 16;

    /**
     * The per-unit table of one set of scripts and repair triggers, for {@link #scan}: made once per normaliser
     * (a quarter of a megabyte), so that the scan's common case is one lookup a unit. Immutable and thread-safe.
     */
    public static final class Units {
        private final Scripts scripts;
        /**
         * Per BMP code unit: {@link #SPECIAL} when the unit needs the scan's whole state machine (a character some
         * generic rule acts on, one whose NFC answer needs a look at its neighbours or at ICU, a space, tab, line
         * break or control); with it or not, the bit of its script slot (slot {@code k}: bit {@code k}), its
         * combining class, {@link #TRIGGERS}, and {@link #CONT} when it reads back as a UTF-8 continuation byte.
         */
        private final int[] table = new int[0x10000];
        /** Printable ASCII and the space are in no script and trigger no repair: {@link #scan} passes over them without the table. */
        private final boolean asciiInert;

        private Units(Scripts scripts, boolean[] repairTriggers) {
            this.scripts = scripts;
            char[] slots = scripts.slots();
            // more distinct script sets than the table has bits for: their units take the state machine
            boolean slotBits = scripts.masks().length <= SLOT_BITS;
            // compiled after a few blocks (TableFill)
            TableFill.inBlocks(table.length, (from, to) -> fill(from, to, slots, slotBits, repairTriggers));
            boolean inert = (table[' '] & ~SPECIAL) == (slotBits ? 1 : 0);
            for (char c = '!'; c < 0x7F; c++) {
                inert &= table[c] == (slotBits ? 1 : 0);
            }
            this.asciiInert = inert;
        }

        /** {@link #table} of the code units {@code [from, to)}. */
        private void fill(int from, int to, char[] slots, boolean slotBits, boolean[] repairTriggers) {
            for (int c = from; c < to; c++) {
                byte kind = KIND[c];
                int b = MojibakeRule.byteOf((char) c);
                int entry = (b >= 0x80 && b <= 0xBF ? CONT : 0) | (repairTriggers[c] ? TRIGGERS : 0)
                        | (slotBits ? 1 << slots[c] : 0) | (CCC[c] & 0xFF) << CCC_SHIFT;
                boolean special = kind == TRIGGER || kind == ASK_ICU || kind == MAYBE_STARTER || c <= ' '
                        || !slotBits && slots[c] != 0;
                table[c] = special ? entry | SPECIAL : entry;
            }
        }

        /** The bit set of the modules of the slots whose bits are set in {@code bits}. */
        private long modules(int bits) {
            long[] masks = scripts.masks();
            long out = 0;
            for (int rest = bits & SLOTS; rest != 0; rest &= rest - 1) {
                out |= masks[Integer.numberOfTrailingZeros(rest)];
            }
            return out;
        }
    }

    private static final int SLOT_BITS = 16;
    private static final int SLOTS = (1 << SLOT_BITS) - 1;
    private static final int CCC_SHIFT = 16;
    private static final int TRIGGERS = 1 << 24;
    private static final int CONT = 1 << 26;
    private static final int SPECIAL = 1 << 31;
    /** A unit of a run that needs more than its bits added: a combining class, or a continuation of misread UTF-8. */
    private static final int ATTENTION = 0xFF << CCC_SHIFT | CONT;

    /**
     * The table of {@code scripts} and {@code repairTriggers} for {@link #scan}.
     *
     * @param repairTriggers per BMP code unit, true where an encoding repair may act (from
     *                       {@link NormalizationRule#triggers}); supplementary characters never trigger one
     */
    public static Units units(Scripts scripts, boolean[] repairTriggers) {
        return new Units(scripts, repairTriggers);
    }

    /**
     * The normaliser's whole look in one pass over the UTF-16 units: what {@link #clean} checks, whether the text
     * is tidy for {@link GenericRules#WHITESPACE}, whether it holds a character of the repairs' triggers, and
     * the modules each line belongs to, each line with any being handed to {@code lines} as soon as it ends (after
     * a line its modules' rules would change, no more lines are asked unless {@link Lines#everyLine} says so, and
     * the scan goes on for the generic rules). Returns 0 when nothing but, at most, the tidying would change the
     * text, or a combination of {@link #FULL}, {@link #LINES_ONLY}, {@link #UNTIDY} and {@link #ASK_REPAIRS}.
     *
     * <p>Most units (letters of any script, digits, punctuation, single spaces between them) change nothing in the
     * look but the line's scripts, the repair flag and the last combining class: runs of them are passed over with
     * one table lookup a unit ({@link Units}), and only the units the table marks special go through the state
     * machine after that loop.
     */
    public static int scan(String text, Units units, Lines lines) {
        Scripts scripts = units.scripts;
        int[] table = units.table;
        boolean asciiInert = units.asciiInert;
        int asciiEntry = table['!'];   // with asciiInert: the entry of every printable ASCII unit and single space
        char[] slots = scripts.slots();
        long[] masks = scripts.masks();
        int n = text.length();
        char[] chars = BUFFER.copy(text);
        int lastCcc = 0;
        boolean askIcu = false;
        boolean surrogates = false;
        boolean repairs = false;
        long lineMask = 0;
        int lineBits = 0;
        int lineStart = 0;
        char prev = '\n';
        boolean tidy = n == 0 || !isBlank(chars[0]) && !isBlank(chars[n - 1]);
        boolean seenText = false;
        boolean pendingUntidy = false;
        boolean innerUntidy = false;
        boolean linesFail = false;
        boolean everyLine = lines.everyLine();
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (asciiInert && c > ' ' && c < 0x7F) {
                // a run of printable ASCII, with single spaces after a printable character: no rule acts on any
                // of them, no script claims them; what they change in the state is set once after the run
                int end = asciiRunEnd(chars, i + 1, n, ASCII_PRINTABLE);
                lastCcc = 0;
                innerUntidy |= pendingUntidy;
                pendingUntidy = false;
                seenText = true;
                prev = chars[end - 1];
                i = end - 1;
                continue;
            }
            int u = table[c];
            if (u >= 0) {
                // a run of units no generic rule acts on (letters of any script, ASCII among them), with single
                // spaces after a unit of the run: all they change in the state is the line's scripts, the repair
                // flag and the last combining class, gathered with one table lookup a unit
                int bits = 0;
                int ccc = lastCcc;
                int end = i;
                while (true) {
                    if ((u & ATTENTION) == 0) {
                        ccc = 0;
                    } else {
                        int k = (u >>> CCC_SHIFT) & 0xFF;
                        if (k != 0 && k < ccc) {
                            return FULL;
                        }
                        ccc = k;
                        if ((u & CONT) != 0 && end > 0 && KIND[chars[end - 1]] == LEAD) {
                            return FULL;   // misread UTF-8: a lead and a continuation (found at the rarer one)
                        }
                    }
                    bits |= u;
                    if (++end == n) {
                        break;
                    }
                    char d = chars[end];
                    if (asciiInert && (d > ' ' && d < 0x7F || d == ' ' && chars[end - 1] != ' ')) {
                        // a stretch of printable ASCII and single spaces inside the run (Tetum, Sundanese: an é
                        // now and then in ASCII words): each unit's entry is the inert one, class 0, nothing to
                        // attend to, so the stretch is passed over with a small table, not the big one
                        end = asciiRunEnd(chars, end + 1, n, ASCII_RUN[d]);
                        bits |= asciiEntry;
                        ccc = 0;
                        if (end == n) {
                            break;
                        }
                        d = chars[end];
                    }
                    u = table[d];
                    if (u < 0) {
                        if (d != ' ' || chars[end - 1] == ' ') {
                            break;
                        }
                        u &= ~SPECIAL;   // a single space after a unit of the run: tidy there, class 0
                    }
                }
                lastCcc = ccc;
                repairs |= (bits & TRIGGERS) != 0;
                lineBits |= bits;
                innerUntidy |= pendingUntidy;
                pendingUntidy = false;
                seenText = true;
                prev = chars[end - 1];
                i = end - 1;
                continue;
            }
            byte kind = KIND[c];
            if (kind != PLAIN) {
                if (kind == TRIGGER) {
                    return FULL;
                }
                if (kind == ASK_ICU) {
                    askIcu = true;
                    surrogates |= Character.isSurrogate(c);
                } else if (kind == MAYBE_STARTER) {
                    if (i > 0 && NFC.composePair(prev, c) >= 0) {
                        return FULL;
                    }
                } else if (i + 1 < n && (table[chars[i + 1]] & CONT) != 0) {
                    return FULL;   // a lead of misread UTF-8 and a continuation after it
                }
            }
            if ((u & CONT) != 0 && i > 0 && KIND[chars[i - 1]] == LEAD) {
                return FULL;   // the same pair, the lead passed over in a run
            }
            int ccc = CCC[c] & 0xFF;
            if (ccc != 0 && ccc < lastCcc) {
                return FULL;
            }
            lastCcc = ccc;
            repairs |= (u & TRIGGERS) != 0;
            if (c <= ' ') {
                // the whitespace rule's cases: a tab, a space after a space or a line break, a line break after a
                // space, a third line break in a row
                if (c == '\t' || (c == ' ' && (prev == ' ' || prev == '\n'))
                        || (c == '\n' && (prev == ' ' || (prev == '\n' && i + 1 < n && chars[i + 1] == '\n')))) {
                    tidy = false;
                    pendingUntidy = seenText;
                }
                if (c == '\n') {
                    lineMask |= units.modules(lineBits);
                    if (surrogates) {
                        lineMask = scripts.modulesIn(text, lineStart, i);
                    }
                    if (lineMask != 0 && (!linesFail || everyLine) && !lines.untouched(text, lineStart, i, lineMask)) {
                        linesFail = true;   // the full path is needed; go on for the generic rules' answer
                    }
                    lineMask = 0;
                    lineBits = 0;
                    surrogates = false;
                    lineStart = i + 1;
                }
            }
            if (!isBlank(c)) {
                // untidiness with text after it is inside the text; at the end it is an edge
                innerUntidy |= pendingUntidy;
                pendingUntidy = false;
                seenText = true;
            }
            lineMask |= masks[slots[c]];
            prev = c;
        }
        lineMask |= units.modules(lineBits);
        if (surrogates) {
            lineMask = scripts.modulesIn(text, lineStart, n);
        }
        if (askIcu && !NFC.isNormalized(text)) {
            return FULL;
        }
        int answer = (tidy ? 0 : innerUntidy ? UNTIDY : UNTIDY | EDGES_ONLY) | (repairs ? ASK_REPAIRS : 0);
        if (lineMask != 0 && (!linesFail || everyLine) && !lines.untouched(text, lineStart, n, lineMask)) {
            linesFail = true;
        }
        if (linesFail) {
            return answer | FULL | LINES_ONLY;
        }
        return answer;
    }

    /**
     * Per UTF-16 unit, for {@link #asciiRunEnd}: {@link #ASCII_PRINTABLE} for printable ASCII, {@link #ASCII_SPACE}
     * for the space, 2 for every other unit.
     */
    private static final byte[] ASCII_RUN = new byte[0x10000];
    private static final byte ASCII_PRINTABLE = 0;
    private static final byte ASCII_SPACE = 1;

    static {
        java.util.Arrays.fill(ASCII_RUN, (byte) 2);
        for (char c = '!'; c < 0x7F; c++) {
            ASCII_RUN[c] = ASCII_PRINTABLE;
        }
        ASCII_RUN[' '] = ASCII_SPACE;
    }

    /**
     * Where the run of printable ASCII and single spaces that goes on at {@code from} ends: the first unit at or
     * after {@code from} that is neither printable ASCII nor a space after a unit other than a space, or {@code n}.
     * {@code before} is the {@link #ASCII_RUN} class of the unit before {@code from} (a space, or printable).
     * One table look-up and one comparison a unit, instead of a branch on the space: a unit ends the run when its
     * class (2 for one outside, 1 for a space) plus that of the unit before (1 after a space, else 0) reaches 2.
     */
    private static int asciiRunEnd(char[] chars, int from, int n, int before) {
        int previous = before;
        int end = from;
        while (end < n) {
            int k = ASCII_RUN[chars[end]];
            if (k + previous >= 2) {
                break;
            }
            previous = k;
            end++;
        }
        return end;
    }

    /** Reading the text once into an array is cheaper than a bounds-checked {@code charAt} per unit. */
    private static final UnitBuffer BUFFER = new UnitBuffer(4096);

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n';
    }

    private CleanTextScan() {
    }

    /** True when no generic rule before the script rules would change {@code text}. */
    public static boolean clean(String text) {
        return (scan(text, NoScripts.UNITS, (t, from, to, modules) -> true) & FULL) == 0;
    }

    /** No module owns any character: for {@link #clean}, which asks about the generic rules only. */
    private static final Scripts NO_SCRIPTS = new Scripts() {
        private final char[] slots = new char[0x10000];
        private final long[] masks = {0L};

        @Override
        public char[] slots() {
            return slots;
        }

        @Override
        public long[] masks() {
            return masks;
        }

        @Override
        public long modulesIn(String text, int from, int to) {
            return 0;
        }
    };

    /** The table of {@link #NO_SCRIPTS}, made on the first {@link #clean}. */
    private static final class NoScripts {
        static final Units UNITS = new Units(NO_SCRIPTS, new boolean[0x10000]);
    }

}
