import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.lang.identify.Identification;
import org.seacorpus.lang.identify.LangidModels;
import org.seacorpus.lang.identify.LanguageIdentifier;

/**
 * Every answer, score and candidate list (scores as exact hexadecimal doubles) of three identifiers that exist in
 * every jar since session 10: our own models without Lingua, session 10's gate (Lingua below 0.9) and Lingua on
 * every contest, plus the jar's shipped identifier; over every line of the given .tsv files (last field; register
 * pairs give both sides). Two jars' dumps are compared with diff.
 * java -cp JAR AnswerDump.java FILE_OR_DIR... > dump.txt
 */
public class AnswerDump {
    public static void main(String[] args) throws Exception {
        List<String> lines = new ArrayList<>();
        for (String a : args) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(Path.of(a))) {
                files = s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
            }
            for (Path f : files) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] fields = line.split("\t");
                    if (f.getParent().getFileName().toString().equals("idms-registers")) {
                        for (int i = 1; i < fields.length; i++) {
                            lines.add(fields[i]);
                        }
                    } else {
                        lines.add(fields[fields.length - 1]);
                    }
                }
            }
        }
        LanguageProfiles profiles = LanguageProfiles.builtIn();
        List<LanguageIdentifier> identifiers = List.of(
                new LanguageIdentifier(profiles, LangidModels.builtIn(), new LanguageIdentifier.Weights(0.0, 1.0)),
                new LanguageIdentifier(profiles, LangidModels.builtIn(), new LanguageIdentifier.Weights(1.0, 1.0, 0.9)),
                new LanguageIdentifier(profiles, LangidModels.builtIn(), new LanguageIdentifier.Weights(1.0, 1.0)),
                LanguageIdentifier.builtIn());
        String[] names = {"own", "session10", "always", "shipped"};
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            for (int k = 0; k < identifiers.size(); k++) {
                Identification a = identifiers.get(k).identify(line);
                out.append(names[k]).append('\t').append(a.lang()).append('\t').append(a.script()).append('\t')
                        .append(Double.toHexString(a.score())).append('\t');
                for (Identification.Candidate c : a.candidates()) {
                    out.append(c.lang()).append(':').append(Double.toHexString(c.score())).append(' ');
                }
                out.append('\t').append(line).append('\n');
            }
        }
        System.out.print(out);
        System.err.println(lines.size() + " lines");
    }
}
