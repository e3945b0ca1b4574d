package org.seacorpus.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import java.util.function.IntPredicate;
import java.util.function.Supplier;

import com.ibm.icu.lang.UScript;
import org.seacorpus.document.LanguageInfo;
import org.seacorpus.normalize.ScriptLetters;
import org.seacorpus.segment.SegmentationSpec;
import org.seacorpus.segment.SegmentationSpecs;
import org.seacorpus.segment.SyllableSplitter;

/**
 * The language profiles: one {@code profiles/<code>.yaml} for each language a {@link LanguageModule} owns, read
 * through that module's class loader, plus the {@code und} profile of text in no known language. Loaded once,
 * checked when loaded (a missing profile, a profile of another code, a syllable splitter or a stemmer that no
 * module provides are errors naming the profile), and shared. Also the segmentation of each language for
 * {@link org.seacorpus.segment.Segmenters}, with its names resolved through the modules.
 */
public final class LanguageProfiles implements SegmentationSpecs {
    private static final String DIR = "/org/seacorpus/lang/profiles/";
    private static final LanguageProfiles BUILT_IN = load(LanguageModules.builtIn());

    private final Map<String, LanguageProfile> byCode;
    private final Map<String, SegmentationSpec> segmentation;
    private final LanguageModules modules;
    /** Built on first use ({@link #scriptLetters()}): a run that never normalises does not pay for it. */
    private volatile ScriptLetters scriptLetters;

    private LanguageProfiles(Map<String, LanguageProfile> byCode, LanguageModules modules) {
        this.byCode = byCode;
        this.modules = modules;
        Map<String, SegmentationSpec> specs = new HashMap<>();
        byCode.values().forEach(p -> specs.put(p.code(), spec(p, modules)));
        this.segmentation = Map.copyOf(specs);
    }

    /** The profiles of the modules on the class path. */
    public static LanguageProfiles builtIn() {
        return BUILT_IN;
    }

    /**
     * The profiles of {@code modules}' languages and {@code und}.
     *
     * @throws IllegalStateException naming the profile (and the module) that is missing or wrong
     */
    public static LanguageProfiles load(LanguageModules modules) {
        Map<String, LanguageProfile> out = new LinkedHashMap<>();
        for (LanguageModule module : modules.all()) {
            for (String code : module.languages()) {
                out.put(code, read(code, module.getClass(), "language module " + LanguageModules.name(module)));
            }
        }
        out.put(LanguageInfo.UNDETERMINED, read(LanguageInfo.UNDETERMINED, LanguageProfiles.class,
                "the core library"));
        return new LanguageProfiles(Collections.unmodifiableMap(out), modules);
    }

    public Optional<LanguageProfile> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The profile of a language a user named: the one check of a language code that every command, request and
     * pipeline key goes through, so that {@code --lang xx} is an error everywhere (never "0 hits").
     *
     * @throws UnknownLanguageException naming the code, what was probably meant (the store code of an ISO 639-3
     *                                  code, a FineWeb-2 style code or a language name: {@code tha}, {@code
     *                                  tha_Thai}, {@code Thai} → {@code th}) and every known code
     */
    public LanguageProfile require(String code) {
        LanguageProfile profile = code == null ? null : byCode.get(code);
        if (profile != null) {
            return profile;
        }
        String given = code == null ? "" : code.strip();
        String meant = null;
        for (LanguageProfile p : byCode.values()) {
            String iso = given.contains("_") ? given.substring(0, given.indexOf('_')) : given;
            if (p.iso639_3().equalsIgnoreCase(iso) || p.name().equalsIgnoreCase(given)
                    || given.equals(p.nativeName()) || p.code().equalsIgnoreCase(given)) {
                meant = p.code();
                break;
            }
        }
        throw new UnknownLanguageException(given, "unknown language '" + given + "'"
                + (meant == null ? "; known: " : "; did you mean '" + meant + "'? Known: ")
                + String.join(", ", byCode.keySet().stream().sorted().toList()));
    }

    /** The profile of {@code code}; the {@code und} profile for unknown codes. */
    public LanguageProfile get(String code) {
        LanguageProfile profile = byCode.get(code);
        return profile != null ? profile : byCode.get(LanguageInfo.UNDETERMINED);
    }

    public Collection<LanguageProfile> all() {
        return byCode.values();
    }

    /** The language that a script decides by itself (Thai script → th), if any. */
    public Optional<LanguageProfile> ownerOfScript(String script) {
        return byCode.values().stream()
                .filter(LanguageProfile::ownsScript)
                .filter(p -> p.scripts().contains(script))
                .findFirst();
    }

    /**
     * The scripts of these languages, for the generic normalisation rules (which name none), built once:
     * <ul>
     *   <li>{@link ScriptLetters#own()}: the modules' {@link LanguageModule#scriptRanges() ranges} that are not
     *       Latin (Latin with marks is every Latin language's, and the generic blocks hold its letters), and every
     *       character of the profiles' {@code scripts} but Latin (Tamil, Han);</li>
     *   <li>{@link ScriptLetters#unspaced()}: every character of a script (by Unicode's Script property) of which
     *       a module declares letters {@link LanguageModule#unspacedScript() written without spaces}: Thai, Lao,
     *       Khmer and Myanmar, the last with its Extended-A and -B blocks, which the Myanmar module does not
     *       declare for the segmenter's digit cut.</li>
     * </ul>
     */
    public ScriptLetters scriptLetters() {
        ScriptLetters letters = scriptLetters;
        if (letters == null) {
            letters = new ScriptLetters(lazily(this::ownLetters), lazily(() -> unspacedScripts(modules)));
            scriptLetters = letters;
        }
        return letters;
    }

    /**
     * A predicate that builds its table when first asked: most texts hold no mojibake and no zero width character,
     * and a run that meets none never pays for the tables (a few tens of milliseconds of start-up otherwise).
     */
    private static IntPredicate lazily(Supplier<IntPredicate> build) {
        return new IntPredicate() {
            private volatile IntPredicate built;

            @Override
            public boolean test(int cp) {
                IntPredicate p = built;
                if (p == null) {
                    p = build.get();   // pure: two threads building it at once get equal tables
                    built = p;
                }
                return p.test(cp);
            }
        };
    }

    /**
     * The modules' non-Latin ranges, and every character of the profiles' non-Latin scripts, asked by the
     * character's script (no set of characters is built: a run pays a table lookup per repair candidate).
     */
    private IntPredicate ownLetters() {
        List<CodeRange> ranges = new ArrayList<>();
        for (LanguageModule module : modules.all()) {
            for (CodeRange range : module.scriptRanges()) {
                int script = scriptOf(range.first(), range.last());
                if (script != UScript.LATIN && script != UScript.INHERITED && script != UScript.INVALID_CODE) {
                    ranges.add(range);
                }
            }
        }
        boolean[] scripts = new boolean[UScript.CODE_LIMIT];
        for (LanguageProfile profile : byCode.values()) {
            for (String name : profile.scripts()) {
                int code = UScript.getCodeFromName(name);
                if (code >= 0 && code < scripts.length && code != UScript.LATIN) {
                    scripts[code] = true;
                }
            }
        }
        CodeRange[] owned = ranges.toArray(CodeRange[]::new);
        return cp -> {
            for (CodeRange range : owned) {
                if (range.contains(cp)) {
                    return true;
                }
            }
            int script = UScript.getScript(cp);
            return script >= 0 && script < scripts.length && scripts[script];
        };
    }

    /** Every character whose script has letters that a module declares unspaced. */
    private static IntPredicate unspacedScripts(LanguageModules modules) {
        boolean[] unspaced = new boolean[UScript.CODE_LIMIT];
        for (LanguageModule module : modules.all()) {
            for (CodeRange range : module.unspacedScript()) {
                for (int cp = range.first(); cp <= range.last(); cp++) {
                    int script = UScript.getScript(cp);
                    if (script != UScript.COMMON && script != UScript.INHERITED && script != UScript.UNKNOWN) {
                        unspaced[script] = true;
                    }
                }
            }
        }
        return cp -> {
            int script = UScript.getScript(cp);
            return script >= 0 && script < unspaced.length && unspaced[script];
        };
    }

    /** The script of the first character of {@code first..last} that has a real one, or INVALID_CODE. */
    private static int scriptOf(int first, int last) {
        for (int cp = first; cp <= last; cp++) {
            int s = UScript.getScript(cp);
            if (s != UScript.UNKNOWN && s != UScript.COMMON) {
                return s;
            }
        }
        return UScript.INVALID_CODE;
    }

    /** The modules these profiles belong to. */
    public LanguageModules modules() {
        return modules;
    }

    @Override
    public SegmentationSpec segmentation(String code) {
        SegmentationSpec spec = segmentation.get(code);
        return spec != null ? spec : segmentation.get(LanguageInfo.UNDETERMINED);
    }

    private static SegmentationSpec spec(LanguageProfile profile, LanguageModules modules) {
        String splitter = profile.segmentation().syllables();
        String where = "language profile " + profile.code() + ".yaml";
        if (profile.segmentation().subfields().contains("stem") && modules.ofLanguage(profile.code())
                .flatMap(m -> m.stemmer(profile.code())).isEmpty()) {
            throw new IllegalStateException(where + " asks for the 'stem' search field, but no language module "
                    + "gives " + profile.code() + " a stemmer");
        }
        String clusters = profile.segmentation().clusters();
        return new SegmentationSpec(profile.code(), profile.unspaced(),
                profile.scripts().isEmpty() ? null : profile.usualScript(), profile.segmentation(),
                splitter(modules, splitter, where), clusters == null ? null : splitter(modules, clusters, where),
                modules.unspacedScripts());
    }

    private static SyllableSplitter splitter(LanguageModules modules, String name, String where) {
        return modules.syllableSplitter(name).orElseThrow(() -> new IllegalStateException(where
                + " names the syllable splitter '" + name + "', which no language module provides; known: "
                + String.join(", ", modules.syllableSplitterNames())));
    }

    /**
     * Read from the image the build made of the YAML ({@link ProfileImage}) while it matches the file, else by
     * {@link ProfileYaml} (not Jackson's data binding, whose set-up cost more than the reading).
     */
    private static LanguageProfile read(String code, Class<?> owner, String from) {
        String resource = DIR + code + ".yaml";
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing language profile " + resource + " for '" + code
                        + "' of " + from);
            }
            byte[] yaml = in.readAllBytes();
            String where = "language profile " + code + ".yaml";
            Object values = null;
            try (InputStream image = owner.getResourceAsStream(resource + ProfileImage.SUFFIX)) {
                if (image != null) {
                    values = ProfileImage.read(image, yaml);
                }
            }
            LanguageProfile profile = values != null ? ProfileYaml.profile(values, where)
                    : ProfileYaml.read(new String(yaml, StandardCharsets.UTF_8), where);
            if (!profile.code().equals(code)) {
                throw new IllegalStateException("profile " + code + ".yaml declares code " + profile.code());
            }
            return profile;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language profile " + code + ".yaml: " + e.getMessage(), e);
        }
    }
}
