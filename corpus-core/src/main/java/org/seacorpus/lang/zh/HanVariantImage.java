package org.seacorpus.lang.zh;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.VersionInfo;

/**
 * The kind of every Han character ({@link HanVariantClassifier}: traditional-only, simplified-form or shared) as
 * ICU's {@code Hant-Hans} and {@code Hans-Hant} transliterators give it, written by the build into
 * {@code org/seacorpus/lang/zh/han-variants.bin} (at {@code process-classes}). A run then looks a character up
 * instead of building the two transliterators from their rules, which took about 0.35 s of CPU the first time a
 * Han character was seen: a one-line {@code corpus langid} on Chinese took half a second longer than on Thai.
 *
 * <p>The image holds the two sets as ascending code points and the ICU version they were read from; it is used only
 * with that version of ICU (another on the class path asks its transliterators, as before). The image and the
 * transliterators agree on every Han code point ({@code HanVariantImageTest}).
 */
final class HanVariantImage {
    static final String RESOURCE = "han-variants.bin";
    private static final int MAGIC = 0x5343484E; // "SCHN"
    private static final int VERSION = 1;

    private HanVariantImage() {
    }

    /** Writes the image into a class folder. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: HanVariantImage CLASSES_DIR");
            System.exit(2);
        }
        Path out = Path.of(args[0]).resolve("org/seacorpus/lang/zh").resolve(RESOURCE);
        Files.createDirectories(out.getParent());
        int[][] sets = fromTransliterators();
        Files.write(out, write(sets[0], sets[1], icuVersion()));
        System.out.println("HanVariantImage: " + sets[0].length + " traditional-only and " + sets[1].length
                + " simplified-form characters in " + out);
    }

    /** The traditional-only and the simplified-form code points, ascending, as the transliterators tell them. */
    static int[][] fromTransliterators() {
        IntStream.Builder traditional = IntStream.builder();
        IntStream.Builder simplified = IntStream.builder();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (UScript.getScript(cp) != UScript.HAN) {
                continue;
            }
            byte kind = HanVariantClassifier.transliteratorKind(cp);
            if (kind == HanVariantClassifier.TRAD_ONLY) {
                traditional.add(cp);
            } else if (kind == HanVariantClassifier.SIMP_FORM) {
                simplified.add(cp);
            }
        }
        return new int[][] {traditional.build().toArray(), simplified.build().toArray()};
    }

    static byte[] write(int[] traditional, int[] simplified, String icu) {
        byte[] version = icu.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer out = ByteBuffer.allocate(4 * Integer.BYTES + version.length
                + Integer.BYTES * (2 + traditional.length + simplified.length));
        out.putInt(MAGIC).putInt(VERSION).putInt(version.length).put(version);
        for (int[] set : new int[][] {traditional, simplified}) {
            out.putInt(set.length);
            for (int cp : set) {
                out.putInt(cp);
            }
        }
        out.putInt(MAGIC);
        return out.array();
    }

    /**
     * The two sets of {@code image}, traditional-only then simplified-form; null when the image is of another
     * format, damaged, or made with another ICU version than {@code icu}.
     */
    static int[][] read(byte[] image, String icu) {
        try {
            ByteBuffer in = ByteBuffer.wrap(image);
            if (in.getInt() != MAGIC || in.getInt() != VERSION) {
                return null;
            }
            byte[] version = new byte[in.getInt()];
            in.get(version);
            if (!icu.equals(new String(version, StandardCharsets.US_ASCII))) {
                return null;
            }
            int[][] sets = new int[2][];
            for (int s = 0; s < 2; s++) {
                int[] set = new int[in.getInt()];
                for (int i = 0; i < set.length; i++) {
                    set[i] = in.getInt();
                    if (set[i] < 0 || set[i] > Character.MAX_CODE_POINT || i > 0 && set[i] <= set[i - 1]) {
                        return null;
                    }
                }
                sets[s] = set;
            }
            return in.remaining() == Integer.BYTES && in.getInt() == MAGIC ? sets : null;
        } catch (RuntimeException e) { // a short or negative count: not an image of ours
            return null;
        }
    }

    /** The shipped image's sets, or null when there is none (a class path the build did not prepare) or it is stale. */
    static int[][] shipped() {
        try (InputStream in = HanVariantImage.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : read(in.readAllBytes(), icuVersion());
        } catch (IOException e) {
            return null;
        }
    }

    static String icuVersion() {
        return VersionInfo.ICU_VERSION.toString();
    }
}
