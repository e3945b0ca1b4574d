package org.seacorpus.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeSet;

import org.seacorpus.normalize.GenericRules;
import org.seacorpus.normalize.NormalizationRule;
import org.seacorpus.normalize.NormalizerOptions;
import org.seacorpus.normalize.RuleCatalog;
import org.seacorpus.normalize.ScriptLetters;
import org.seacorpus.segment.SyllableSplitter;
import org.seacorpus.segment.UnspacedScripts;

/**
 * The language modules on the class path, in the order of their services files, with the lookups the central
 * classes need: which module owns a language, the syllable splitters by name, every module's rules, and which
 * modules' characters a line holds. Checked when built: a language owned twice, or a splitter name given twice, is
 * an error naming both modules. Immutable and thread-safe.
 */
public final class LanguageModules {
    private final List<LanguageModule> modules;
    private final Map<String, LanguageModule> byLanguage;
    private final Map<String, SyllableSplitter> splitters;
    private final ScriptRangeIndex ranges;
    private final UnspacedScripts unspaced;

    private LanguageModules(List<LanguageModule> modules) {
        this.modules = List.copyOf(modules);
        Map<String, LanguageModule> languages = new LinkedHashMap<>();
        Map<String, SyllableSplitter> named = new HashMap<>();
        named.put(SyllableSplitter.SPACED_NAME, SyllableSplitter.SPACED);
        named.put(SyllableSplitter.NONE_NAME, SyllableSplitter.NONE);
        Map<String, String> splitterOwner = new HashMap<>();
        for (LanguageModule module : this.modules) {
            if (module.languages().isEmpty()) {
                throw new IllegalStateException("language module " + name(module) + " lists no language");
            }
            for (String code : module.languages()) {
                LanguageModule earlier = languages.putIfAbsent(code, module);
                if (earlier != null) {
                    throw new IllegalStateException("language '" + code + "' is claimed by two language modules, "
                            + name(earlier) + " and " + name(module) + ": remove one of them from the class path");
                }
            }
            module.syllableSplitters().forEach((splitter, split) -> {
                if (named.putIfAbsent(splitter, split) != null) {
                    throw new IllegalStateException("two syllable splitters are named '" + splitter + "' (the second "
                            + "from " + name(module) + (splitterOwner.containsKey(splitter) ? ", the first from "
                            + splitterOwner.get(splitter) : ", which is built in") + "): rename one of them");
                }
                splitterOwner.put(splitter, name(module));
            });
        }
        this.byLanguage = Map.copyOf(languages);
        this.splitters = Map.copyOf(named);
        this.ranges = new ScriptRangeIndex(this.modules);
        UnspacedScripts.Builder letters = new UnspacedScripts.Builder();
        for (LanguageModule module : this.modules) {
            module.unspacedScript().forEach(range -> letters.add(range.first(), range.last()));
        }
        this.unspaced = letters.build();
    }

    private static final class Holder {
        static final LanguageModules BUILT_IN = load(LanguageModules.class.getClassLoader());
    }

    /** The modules on the class path of this library, loaded once per JVM. */
    public static LanguageModules builtIn() {
        return Holder.BUILT_IN;
    }

    /** The modules that {@code loader} finds through {@code META-INF/services/org.seacorpus.lang.LanguageModule}. */
    public static LanguageModules load(ClassLoader loader) {
        List<LanguageModule> found = new ArrayList<>();
        ServiceLoader.load(LanguageModule.class, loader).forEach(found::add);
        return new LanguageModules(found);
    }

    /** The given modules, in this order (for tests and for embedding without a class path scan). */
    public static LanguageModules of(List<? extends LanguageModule> modules) {
        return new LanguageModules(new ArrayList<>(modules));
    }

    /** Every module, in order. */
    public List<LanguageModule> all() {
        return modules;
    }

    /** The module that owns {@code code}, if any ({@code und} has none). */
    public Optional<LanguageModule> ofLanguage(String code) {
        return Optional.ofNullable(byLanguage.get(code));
    }

    /** Every language code the modules own, in module order. */
    public List<String> languages() {
        List<String> out = new ArrayList<>();
        modules.forEach(m -> out.addAll(m.languages()));
        return out;
    }

    /** The syllable splitter of that name: a module's, or the built-in {@code spaced} and {@code none}. */
    public Optional<SyllableSplitter> syllableSplitter(String name) {
        return Optional.ofNullable(splitters.get(name));
    }

    /** The names of every syllable splitter, sorted (for error messages). */
    public List<String> syllableSplitterNames() {
        return List.copyOf(new TreeSet<>(splitters.keySet()));
    }

    /** Every module's encoding repairs, in module order. */
    public List<NormalizationRule> encodingRepairs() {
        List<NormalizationRule> out = new ArrayList<>();
        modules.forEach(m -> out.addAll(m.encodingRepairs()));
        return out;
    }

    /**
     * Every rule by name: the generic ones (with the modules' encoding repairs, and the languages' {@code scripts}:
     * {@link LanguageProfiles#scriptLetters()}) and every module's own rules, configured by {@code options}.
     *
     * @throws IllegalStateException when two rules share a name
     * @throws IllegalArgumentException when a module rejects one of its settings
     */
    public RuleCatalog ruleCatalog(NormalizerOptions options, ScriptLetters scripts) {
        RuleCatalog.Builder catalog = RuleCatalog.builder();
        GenericRules.all(encodingRepairs(), scripts).forEach(rule -> catalog.add(rule, "the generic rules"));
        for (LanguageModule module : modules) {
            module.rules(options).forEach(rule -> catalog.add(rule, name(module)));
        }
        return catalog.build();
    }

    /** The marker-word pairs of every module, in module order. */
    public List<MarkerWords> markerWords() {
        List<MarkerWords> out = new ArrayList<>();
        modules.forEach(m -> m.markerWords().ifPresent(out::add));
        return out;
    }

    /**
     * Which modules' {@link LanguageModule#scriptRanges() characters} {@code text[from, to)} holds: bit {@code i}
     * stands for {@code all().get(i)}.
     */
    public long modulesIn(CharSequence text, int from, int to) {
        return ranges.modulesIn(text, from, to);
    }

    /**
     * The letters of every module's {@link LanguageModule#unspacedScript() script written without spaces}, as
     * one table built once: where the segmenters cut digits from letters.
     */
    public UnspacedScripts unspacedScripts() {
        return unspaced;
    }

    /** The per-character table behind {@link #modulesIn}, for the normaliser's one-pass look. */
    ScriptRangeIndex scripts() {
        return ranges;
    }

    static String name(LanguageModule module) {
        return module.getClass().getName();
    }
}
