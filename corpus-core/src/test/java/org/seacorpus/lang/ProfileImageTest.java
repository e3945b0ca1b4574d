package org.seacorpus.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The profiles' binary images ({@link ProfileImage}, made by the build): each shipped profile has one, equal byte
 * for byte to the image made now from its YAML, holding the same values the YAML parser gives (maps in the same
 * order), so the profile read from it equals the profile read from the YAML; an image whose YAML changed is not
 * used; any tree of values comes back equal.
 */
class ProfileImageTest {
    private static final String DIR = "/org/seacorpus/lang/profiles/";

    @Test
    void everyShippedProfileHasAnImageOfItsYamlAsItIsNow() throws IOException {
        LanguageProfiles profiles = LanguageProfiles.builtIn();
        assertThat(profiles.all()).hasSizeGreaterThanOrEqualTo(17);
        String shipped = LanguageProfiles.class.getProtectionDomain().getCodeSource().getLocation().toString();
        int imaged = 0;
        for (LanguageProfile profile : profiles.all()) {
            String code = profile.code();
            byte[] yaml = resource(DIR + code + ".yaml");
            byte[] image = resource(DIR + code + ".yaml" + ProfileImage.SUFFIX);
            if (!ProfileImageTest.class.getResource(DIR + code + ".yaml").toString().startsWith(shipped)) {
                // a language of a plugin (the toy language of the tests): no image, read from its YAML
                assertThat(image).as(code).isNull();
                assertThat(profile).as(code).isEqualTo(ProfileYaml.read(new String(yaml, StandardCharsets.UTF_8),
                        code));
                continue;
            }
            imaged++;
            assertThat(image).as(code + ": the build's image").isNotNull();
            assertThat(image).as(code).isEqualTo(ProfileImage.write(yaml, code));

            String text = new String(yaml, StandardCharsets.UTF_8);
            Object values = ProfileImage.read(new ByteArrayInputStream(image), yaml);
            Object parsed = ProfileYaml.tree(text, code);
            assertThat(values).as(code).isEqualTo(parsed);
            assertThat(keyOrder(values)).as(code).isEqualTo(keyOrder(parsed));
            assertThat(ProfileYaml.profile(values, code)).as(code).isEqualTo(ProfileYaml.read(text, code))
                    .isEqualTo(profile);
        }
        assertThat(imaged).isGreaterThanOrEqualTo(17);
    }

    @Test
    void anImageOfAnotherTextIsNotUsed() throws IOException {
        byte[] yaml = resource(DIR + "th.yaml");
        byte[] image = resource(DIR + "th.yaml" + ProfileImage.SUFFIX);
        byte[] edited = (new String(yaml, StandardCharsets.UTF_8)
                + "# edited after the build\n").getBytes(StandardCharsets.UTF_8);
        assertThat(ProfileImage.read(new ByteArrayInputStream(image), edited)).isNull();
        byte[] sameLength = yaml.clone();
        sameLength[sameLength.length - 2] ^= 1;
        assertThat(ProfileImage.read(new ByteArrayInputStream(image), sameLength)).isNull();
    }

    @Property(tries = 200)
    void anyTreeOfValuesComesBackEqual(@ForAll long seed) throws IOException {
        Random random = new Random(seed);
        Object tree = tree(random, 0);
        byte[] yaml = ("seed: " + seed).getBytes(StandardCharsets.UTF_8);
        Object back = ProfileImage.read(new ByteArrayInputStream(ProfileImage.encode(tree, yaml, "tree")), yaml);
        assertThat(back).isEqualTo(tree);
        assertThat(keyOrder(back)).isEqualTo(keyOrder(tree));
    }

    private static Object tree(Random random, int depth) {
        int kind = random.nextInt(depth > 3 ? 8 : 10);
        return switch (kind) {
            case 0 -> null;
            case 1 -> text(random);
            case 2 -> random.nextInt();
            case 3 -> random.nextLong();
            case 4 -> new BigInteger(96, random).add(BigInteger.valueOf(Long.MAX_VALUE));
            case 5 -> List.of(Double.NaN, -0.0, 0.0, Double.MIN_VALUE, Double.NEGATIVE_INFINITY, random.nextGaussian())
                    .get(random.nextInt(6));
            case 6 -> random.nextBoolean();
            case 7 -> "";
            case 8 -> {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    list.add(tree(random, depth + 1));
                }
                yield list;
            }
            default -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = random.nextInt(6); i > 0; i--) {
                    map.put(text(random), tree(random, depth + 1));
                }
                yield map;
            }
        };
    }

    /** Text from the scripts in scope, with a character outside the BMP now and then. */
    private static String text(Random random) {
        String alphabet = "abc_ กขคเแ។ក ມລ ကခ đươ 中文 \"'”’๚\n\t😀";
        StringBuilder s = new StringBuilder();
        int[] cps = alphabet.codePoints().toArray();
        for (int i = random.nextInt(12); i > 0; i--) {
            s.appendCodePoint(cps[random.nextInt(cps.length)]);
        }
        return s.toString();
    }

    /** The keys of every map in the tree, in order, depth first. */
    private static List<String> keyOrder(Object tree) {
        List<String> out = new ArrayList<>();
        if (tree instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                out.add(String.valueOf(k));
                out.addAll(keyOrder(v));
            });
        } else if (tree instanceof List<?> list) {
            list.forEach(v -> out.addAll(keyOrder(v)));
        }
        return out;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ProfileImageTest.class.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
