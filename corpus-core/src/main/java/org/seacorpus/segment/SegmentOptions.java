package org.seacorpus.segment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a corpus or a command adds to the profiles' segmentation: user dictionaries per language and languages
 * to cut into syllables instead of words. Read from {@code corpus.yaml}:
 *
 * <pre>
 * settings:
 *   segment:
 *     dictionaries:            # per language, one file or a list; relative paths are to the corpus home
 *       th: dict/th-medicine.txt
 *       my: [dict/my-places.txt, dict/my-names.txt]
 *     syllables: [my]          # these languages are cut into syllables
 * </pre>
 *
 * @param dictionaries user word lists by language code
 * @param syllableMode languages cut into syllables instead of words
 */
public record SegmentOptions(Map<String, WordList> dictionaries, Set<String> syllableMode) {
    public static final SegmentOptions NONE = new SegmentOptions(Map.of(), Set.of());

    public SegmentOptions {
        dictionaries = dictionaries == null ? Map.of() : Map.copyOf(dictionaries);
        syllableMode = syllableMode == null ? Set.of() : Set.copyOf(syllableMode);
    }

    public WordList dictionary(String lang) {
        return dictionaries.getOrDefault(lang, WordList.EMPTY);
    }

    /** The options in a corpus's settings map (the {@code segment} key); files are read now. */
    public static SegmentOptions fromSettings(Map<String, Object> settings, Path home) {
        if (!(settings.get("segment") instanceof Map<?, ?> segment)) {
            return NONE;
        }
        Map<String, WordList> dictionaries = new HashMap<>();
        if (segment.get("dictionaries") instanceof Map<?, ?> byLang) {
            for (Map.Entry<?, ?> e : byLang.entrySet()) {
                String lang = String.valueOf(e.getKey());
                WordList list = WordList.EMPTY;
                for (Object file : asList(e.getValue())) {
                    Path path = home.resolve(String.valueOf(file));
                    try {
                        list = list.with(WordList.read(path));
                    } catch (IOException ex) {
                        throw new UncheckedIOException("cannot read the " + lang + " dictionary " + path
                                + " named in corpus.yaml (settings.segment.dictionaries): " + ex.getMessage(), ex);
                    }
                }
                dictionaries.put(lang, list);
            }
        } else if (segment.containsKey("dictionaries")) {
            throw new IllegalArgumentException("corpus.yaml settings.segment.dictionaries must map language codes "
                    + "to files, e.g. 'th: dict/th.txt'");
        }
        List<String> syllables = asList(segment.get("syllables")).stream().map(String::valueOf).toList();
        return new SegmentOptions(dictionaries, Set.copyOf(syllables));
    }

    private static List<?> asList(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof Collection<?> c ? List.copyOf(c) : List.of(value);
    }
}
