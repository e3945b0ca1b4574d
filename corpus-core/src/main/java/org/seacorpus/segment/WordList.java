package org.seacorpus.segment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.seacorpus.normalize.UnitBuffer;

/**
 * A word list in the user dictionary format: one entry per line, {@code #} starts a comment. A plain entry is a
 * word: pieces the segmenter found that together spell it are merged into one word (for Vietnamese the pieces
 * are syllables and the entry has its spaces, {@code học sinh}). An entry with {@code |} is a compound to split:
 * wherever the segmenter finds the whole, it is cut where the bars are ({@code โรง|พยาบาล}). Lookups ignore case
 * and treat any run of whitespace as one space. Immutable; thread-safe.
 */
public final class WordList {
    public static final WordList EMPTY = new WordList(Set.of(), Map.of(), 0);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Map<String, WordList> BUILT_IN = new java.util.concurrent.ConcurrentHashMap<>();

    private final Set<String> words;
    private final Map<String, List<String>> splits;
    private final int longest;
    /**
     * The {@link String#hashCode} of every word, in an open-addressing table (slot = hash | 1 << 32, 0 = empty), so
     * that {@link #isWord(String, int, int)} can tell most pieces of text are no word without building a string.
     */
    private final long[] hashes;
    /** The words, and the compounds to split in their compact form, as character tries: see {@link #walk}. */
    private final Lexicon wordTrie;
    private final Lexicon splitTrie;

    /** {@link #walk}: no listed word begins with the text walked. */
    static final int NONE = -1;
    /** {@link #walk}: the text walked holds a character the walk does not fold; look the stretch up whole. */
    static final int WHOLE = -2;

    private WordList(Set<String> words, Map<String, List<String>> splits, int longest) {
        this.words = words;
        this.splits = splits;
        this.longest = longest;
        this.wordTrie = Lexicon.uniform(words, 0f);
        this.splitTrie = Lexicon.uniform(splits.keySet(), 0f);
        this.hashes = new long[Integer.highestOneBit(Math.max(2, words.size()) * 2 - 1) << 1];
        for (String word : words) {
            int slot = word.hashCode() & (hashes.length - 1);
            long entry = (word.hashCode() & 0xFFFFFFFFL) | 1L << 32;
            while (hashes[slot] != 0 && hashes[slot] != entry) {
                slot = (slot + 1) & (hashes.length - 1);
            }
            hashes[slot] = entry;
        }
    }

    /** Parses the format above; {@code source} names the input in error messages. */
    public static WordList parse(String content, String source) {
        Set<String> words = new HashSet<>();
        Map<String, List<String>> splits = new HashMap<>();
        int longest = 0;
        String[] lines = content.split("\\R", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            int hash = line.indexOf('#');
            String entry = key(hash >= 0 ? line.substring(0, hash) : line);
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.indexOf('|') >= 0) {
                List<String> pieces = List.of(entry.split("\\s*\\|\\s*", -1));
                if (pieces.size() < 2 || pieces.stream().anyMatch(String::isEmpty)) {
                    throw new IllegalArgumentException(source + " line " + (n + 1) + ": '" + line.strip()
                            + "' has an empty piece; write a compound to split as piece|piece");
                }
                splits.put(compact(entry), pieces);
            } else {
                words.add(entry);
                longest = Math.max(longest, entry.length());
            }
        }
        return new WordList(Set.copyOf(words), Map.copyOf(splits), longest);
    }

    /** Reads a UTF-8 word list file; a file in another encoding is refused with the advice to convert it. */
    public static WordList read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return parse(text.startsWith("\uFEFF") ? text.substring(1) : text, file.toString());
        } catch (CharacterCodingException e) {
            throw new IOException("word list " + file + " is not UTF-8; convert it (e.g. iconv -t UTF-8)", e);
        }
    }

    /** A built-in list under {@code org/seacorpus/lang/}, e.g. {@code vi/words.txt}. */
    public static WordList resource(String name) {
        return BUILT_IN.computeIfAbsent(name, WordList::loadResource);
    }

    private static WordList loadResource(String name) {
        String path = "/org/seacorpus/lang/" + name;
        try (InputStream in = WordList.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in word list " + path);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), path);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in word list " + path + ": " + e.getMessage(), e);
        }
    }

    /** This list with {@code other}'s entries on top: its splits undo this list's words and the reverse. */
    public WordList with(WordList other) {
        if (other.isEmpty()) {
            return this;
        }
        Set<String> mergedWords = new HashSet<>(words);
        mergedWords.removeIf(word -> other.splits.containsKey(compact(word)));
        mergedWords.addAll(other.words);
        Map<String, List<String>> mergedSplits = new HashMap<>(splits);
        for (String word : other.words) {
            mergedSplits.remove(compact(word));
        }
        mergedSplits.putAll(other.splits);
        return new WordList(Set.copyOf(mergedWords), Map.copyOf(mergedSplits), Math.max(longest, other.longest));
    }

    public boolean isEmpty() {
        return words.isEmpty() && splits.isEmpty();
    }

    /** Number of words (merge entries) and compounds (split entries). */
    public int size() {
        return words.size() + splits.size();
    }

    boolean isWord(String text) {
        if (words.isEmpty()) {
            return false;
        }
        String key = key(text);
        return key.length() <= longest && words.contains(key);
    }

    /**
     * {@link #isWord(String)} of {@code text[start, end)}. When that text is its own lookup form but for case (no
     * space at either end, every space a single U+0020 between two other characters, no character whose lower case
     * depends on its neighbours or takes two chars: Σ, İ, surrogates), its lookup form is the text lower-cased char
     * by char, as {@link String#toLowerCase(Locale)} does it for such text; its hash is worked out from the chars,
     * and a hash no listed word has means no word, without building a string. Anything else, or a hash some word
     * has, is looked up as {@link #isWord(String)} does.
     */
    boolean isWord(String text, int start, int end) {
        if (words.isEmpty()) {
            return false;
        }
        int h = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (c != ' ' || i == start || i + 1 >= end || Character.isWhitespace(text.charAt(i + 1))) {
                    return isWord(text.substring(start, end));
                }
            } else if (c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c)) {
                return isWord(text.substring(start, end));
            } else {
                int lower = Character.toLowerCase((int) c);
                if (lower > Character.MAX_VALUE) {
                    return isWord(text.substring(start, end));
                }
                c = (char) lower;
            }
            h = 31 * h + c;
        }
        if (end - start > longest) {
            return false;
        }
        int slot = h & (hashes.length - 1);
        long entry = (h & 0xFFFFFFFFL) | 1L << 32;
        for (long e = hashes[slot]; e != 0; e = hashes[slot = (slot + 1) & (hashes.length - 1)]) {
            if (e == entry) {
                return isWord(text.substring(start, end));
            }
        }
        return false;
    }

    /**
     * A step of {@link #isWord(String, int, int)} for a stretch that grows piece by piece (the word list's merges):
     * from {@code node} (start at {@link Lexicon#root()}), the listed words' trie walked over {@code text[from, to)},
     * the part of the stretch {@code text[start, to)} not walked yet. Each char is folded as
     * {@link #isWord(String, int, int)} folds it. Returns the node reached; {@link #NONE} when no listed word begins
     * with the stretch (then none begins with any longer stretch from {@code start} either: the chars walked are
     * their own lookup form but for case, and what follows cannot change how they fold); {@link #WHOLE} when the
     * stretch holds a char that needs the lookup of the whole stretch (whitespace other than one U+0020 between two
     * other chars, Σ, İ, surrogates): then this and every longer stretch from {@code start} is looked up with
     * {@link #isWord(String, int, int)}.
     */
    int walk(int node, String text, int start, int from, int to) {
        for (int i = from; i < to && node >= 0; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (c != ' ' || i == start || i + 1 >= to || Character.isWhitespace(text.charAt(i + 1))) {
                    return WHOLE;
                }
            } else {
                int lower = lowerAlone(c);
                if (lower < 0) {
                    return WHOLE;
                }
                c = (char) lower;
            }
            node = wordTrie.child(node, c);
        }
        return node;
    }

    /**
     * The lower case of {@code c} as the lookup form has it when it can be taken char by char, or -1 when it
     * depends on the neighbours or takes more than one char (Σ, İ, surrogates): the walks then fall back to the
     * lookup of the whole stretch.
     */
    private static int lowerAlone(char c) {
        if (c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c)) {
            return -1;
        }
        int lower = Character.toLowerCase((int) c);
        return lower > Character.MAX_VALUE ? -1 : lower;
    }

    /** True when the stretch a {@link #walk} reached {@code node} over (not {@link #WHOLE}) is a listed word. */
    boolean endsWord(int node) {
        return node >= 0 && !Float.isNaN(wordTrie.cost(node));
    }

    /** The pieces a listed compound is cut into, in lookup form (lower case). */
    Optional<List<String>> splitOf(String text) {
        return splits.isEmpty() ? Optional.empty() : Optional.ofNullable(splits.get(compact(text)));
    }

    /**
     * {@link #splitOf(String)} of {@code text[start, end)}. When that text has no whitespace, no bar and no char
     * whose lower case depends on its neighbours or takes two chars (Σ, İ, surrogates), its compact form is the text
     * lower-cased char by char; the compounds' trie is walked over it, and a text no compound spells has no split,
     * without building a string. Anything else, or a text that spells one, goes the way of {@link #splitOf(String)}.
     */
    Optional<List<String>> splitOf(String text, int start, int end) {
        if (splits.isEmpty()) {
            return Optional.empty();
        }
        int node = Lexicon.root();
        for (int i = start; i < end && node >= 0; i++) {
            char c = text.charAt(i);
            int lower = Character.isWhitespace(c) || c == '|' ? -1 : lowerAlone(c);
            if (lower < 0) {
                return splitOf(text.substring(start, end));
            }
            node = splitTrie.child(node, (char) lower);
        }
        return node < 0 || Float.isNaN(splitTrie.cost(node)) ? Optional.empty()
                : splitOf(text.substring(start, end));
    }

    /** The listed words (merge entries), in lookup form: lower case, runs of whitespace as one space. */
    java.util.Set<String> words() {
        return words;
    }

    /** Length in chars of the longest listed word: merges never need to look further. */
    int longest() {
        return longest;
    }

    /** The lookup form of a compound: lower case, bars and spaces gone (so học|sinh and học sinh agree). */
    private static String compact(String text) {
        return key(text).replace("|", "").replace(" ", "");
    }

    private static final UnitBuffer UNITS = new UnitBuffer(256);

    static String key(String text) {
        String stripped = text.strip();
        boolean plain = true;
        // over a copy of the units and up to the last but one (stripped, the last is no whitespace): charAt on
        // strings of both internal forms, and the look at i + 1 near the end, made the compiler's checks before the
        // loop fail and the caller be compiled again
        int last = stripped.length() - 1;
        char[] units = UNITS.copy(stripped);
        for (int i = 0; i < last && plain; i++) {
            char c = units[i];
            plain = !Character.isWhitespace(c) || c == ' ' && units[i + 1] != ' ';
        }
        return (plain ? stripped : SPACES.matcher(stripped).replaceAll(" ")).toLowerCase(Locale.ROOT);
    }
}
