package org.seacorpus.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The language profiles shipped with the toolkit, loaded once from the classpath. The list of profiles is
 * {@code profiles/languages.list}; each language is one {@code profiles/<code>.yaml}.
 */
public final class LanguageProfiles {
    private static final String DIR = "/org/seacorpus/lang/profiles/";
    private static final LanguageProfiles BUILT_IN = load();

    private final Map<String, LanguageProfile> byCode;

    private LanguageProfiles(Map<String, LanguageProfile> byCode) {
        this.byCode = byCode;
    }

    public static LanguageProfiles builtIn() {
        return BUILT_IN;
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
        return profile != null ? profile : byCode.get("und");
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

    private static LanguageProfiles load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Map<String, LanguageProfile> out = new LinkedHashMap<>();
        for (String code : read("languages.list").split("\\R")) {
            code = code.strip();
            if (code.isEmpty() || code.startsWith("#")) {
                continue;
            }
            try {
                LanguageProfile profile = yaml.readValue(read(code + ".yaml"), LanguageProfile.class);
                if (!profile.code().equals(code)) {
                    throw new IllegalStateException("profile " + code + ".yaml declares code " + profile.code());
                }
                out.put(code, profile);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read language profile " + code + ".yaml: " + e.getMessage(), e);
            }
        }
        return new LanguageProfiles(Map.copyOf(out));
    }

    private static String read(String name) {
        try (InputStream in = LanguageProfiles.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DIR + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
