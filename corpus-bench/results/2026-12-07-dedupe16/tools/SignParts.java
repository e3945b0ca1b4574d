import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.seacorpus.dedupe.MinHashSigner;
import org.seacorpus.dedupe.Shingler;
import org.seacorpus.dedupe.SignatureScheme;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.segment.Segmenters;

import com.dynatrace.hash4j.util.PackedArray;

/**
 * Is the packing of the signature (hash4j's PackedArray create, 140 8-bit components) what a JFR profile says it
 * is, 142 of sign's 186 samples? The shingle sets of gen-10000's documents (computed untimed), then in alternating
 * rounds: MinHashSigner.sign of every set, and the packing alone (PackedArray.getHandler(8).create of 140 values,
 * as sign's last step does it) once per set. Prints ns per document of each, per round.
 * <pre>java -cp JAR:tools SignParts GEN_DIR ROUNDS</pre>
 */
public final class SignParts {
    public static void main(String[] args) throws Exception {
        Path gen = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        Map<String, String> langOf = new HashMap<>();
        for (String line : Files.readAllLines(gen.resolve("truth.jsonl"))) {
            var node = mapper.readTree(line);
            langOf.put(node.get("id").asText(), node.get("lang").asText());
        }
        Segmenters segmenters = new Segmenters(LanguageProfiles.builtIn());
        Shingler shingler = new Shingler(SignatureScheme.DEFAULT.shingles());
        List<long[]> sets = new ArrayList<>();
        long elements = 0;
        try (var files = Files.list(gen)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("docs-")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    var node = mapper.readTree(line);
                    String lang = langOf.getOrDefault(node.get("id").asText(), "und");
                    long[] s = shingler.shingles(node.get("text").asText(), segmenters.forLanguage(lang));
                    if (s.length > 0) {
                        sets.add(s);
                        elements += s.length;
                    }
                }
            }
        }
        System.out.printf("documents %d, shingles per document %.1f%n", sets.size(), elements / (double) sets.size());
        MinHashSigner signer = new MinHashSigner(SignatureScheme.DEFAULT);
        PackedArray.PackedArrayHandler packer = PackedArray.getHandler(8);
        long[] values = new java.util.Random(1).longs(140).toArray();
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (long[] s : sets) {
                sink += signer.sign(s)[7];
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < sets.size(); i++) {
                values[i % 140] ^= i;
                sink += packer.create(k -> values[k], 140)[i % 140];
            }
            long t2 = System.nanoTime();
            System.out.printf("round %d: sign %.0f ns/doc, packing alone %.0f ns/doc%n", r,
                    (t1 - t0) / (double) sets.size(), (t2 - t1) / (double) sets.size());
        }
        System.out.println("sink " + sink);
    }
}
