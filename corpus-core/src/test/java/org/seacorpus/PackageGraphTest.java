package org.seacorpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package graph of the core library, read from its sources (every {@code org.seacorpus…} name a file uses,
 * in imports, code or javadoc links): it has no cycle, the building blocks ({@code normalize}, {@code segment})
 * never reach up to {@code lang}, and no class outside a language package names one (DESIGN §3: central classes
 * loop over the language modules and never name a language).
 */
class PackageGraphTest {
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final String ROOT = "org.seacorpus";
    private static final String LANG = ROOT + ".lang";
    /** Sub-packages of {@code lang} that are central, not a language's. */
    private static final Set<String> CENTRAL_LANG_PACKAGES = Set.of(LANG + ".identify");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    /** A qualified name: lower-case package segments, then a class (upper case) or a wildcard. */
    private static final Pattern REFERENCE = Pattern.compile("\\b(org\\.seacorpus(?:\\.[a-z][a-z0-9_]*)*)\\.(?:[A-Z]|\\*)");

    /** For each package, the packages its files name, with one file that names each. */
    private static final Map<String, Map<String, String>> GRAPH = new TreeMap<>();

    @BeforeAll
    static void readSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(PackageGraphTest::read);
        }
        assertThat(GRAPH).containsKeys(ROOT + ".normalize", ROOT + ".segment", LANG, LANG + ".th");
    }

    private static void read(Path file) {
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher pkg = PACKAGE.matcher(source);
        if (!pkg.find()) {
            return;
        }
        String from = pkg.group(1);
        Map<String, String> uses = GRAPH.computeIfAbsent(from, p -> new TreeMap<>());
        Matcher ref = REFERENCE.matcher(source.substring(pkg.end()));
        while (ref.find()) {
            String to = ref.group(1);
            if (!to.equals(from)) {
                uses.putIfAbsent(to, SOURCES.relativize(file).toString());
            }
        }
    }

    @Test
    void thePackageGraphHasNoCycle() {
        for (String start : GRAPH.keySet()) {
            List<String> cycle = cycleFrom(start);
            assertThat(cycle).as("a cycle of packages: %s", String.join(" -> ", cycle)).isEmpty();
        }
    }

    @Test
    void normalizeAndSegmentNeverImportTheLanguageLayer() {
        for (String building : List.of(ROOT + ".normalize", ROOT + ".segment")) {
            assertThat(uses(building)).as("%s names language-layer packages (in %s)", building, GRAPH.get(building))
                    .noneMatch(PackageGraphTest::isLang);
        }
    }

    @Test
    void onlyLanguagePackagesNameALanguagePackage() {
        List<String> offences = new ArrayList<>();
        GRAPH.forEach((from, uses) -> uses.forEach((to, file) -> {
            if (isLanguagePackage(to) && !isLanguagePackage(from)) {
                offences.add(file + " names " + to);
            }
        }));
        assertThat(offences).as("central classes must reach languages through LanguageModule").isEmpty();
    }

    @Test
    void everyLanguagePackageIsReadAsOne() {
        assertThat(GRAPH.keySet().stream().filter(PackageGraphTest::isLanguagePackage).toList())
                .contains(LANG + ".th", LANG + ".lo", LANG + ".km", LANG + ".my", LANG + ".shn", LANG + ".vi",
                        LANG + ".ms", LANG + ".zh", LANG + ".ta", LANG + ".latin")
                .doesNotContain(LANG + ".identify", LANG);
    }

    private static boolean isLang(String pkg) {
        return pkg.equals(LANG) || pkg.startsWith(LANG + ".");
    }

    /** {@code org.seacorpus.lang.<xx>} (and below), except the central sub-packages such as {@code identify}. */
    private static boolean isLanguagePackage(String pkg) {
        if (!pkg.startsWith(LANG + ".")) {
            return false;
        }
        String top = LANG + "." + pkg.substring(LANG.length() + 1).split("\\.")[0];
        return !CENTRAL_LANG_PACKAGES.contains(top);
    }

    private static Set<String> uses(String pkg) {
        return GRAPH.getOrDefault(pkg, Map.of()).keySet();
    }

    /** A path from {@code start} back to itself, or an empty list (depth-first search). */
    private static List<String> cycleFrom(String start) {
        Deque<List<String>> paths = new ArrayDeque<>();
        paths.push(List.of(start));
        Set<String> seen = new TreeSet<>();
        while (!paths.isEmpty()) {
            List<String> path = paths.pop();
            for (String next : uses(path.get(path.size() - 1))) {
                List<String> longer = new ArrayList<>(path);
                longer.add(next);
                if (next.equals(start)) {
                    return longer;
                }
                if (seen.add(next)) {
                    paths.push(longer);
                }
            }
        }
        return List.of();
    }
}
