import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Which characters the mojibake repair brings back, of every code point U+0080..U+10FFFF whose UTF-8 bytes were
 * read as windows-1252 (the five undefined bytes as C1 controls, as a browser does): prints the repaired code points
 * as ranges. Runs against either jar: before session 13 the rule is MojibakeRule.INSTANCE, after it
 * MojibakeRule.of(LanguageProfiles.builtIn().scriptLetters()). Usage: java -cp JAR MojibakeSurvey.java
 */
public class MojibakeSurvey {
    public static void main(String[] args) throws Exception {
        Class<?> rule = Class.forName("org.seacorpus.normalize.MojibakeRule");
        Object instance;
        try {
            Field f = rule.getField("INSTANCE");
            instance = f.get(null);
        } catch (NoSuchFieldException e) {
            Object profiles = Class.forName("org.seacorpus.lang.LanguageProfiles").getMethod("builtIn").invoke(null);
            Object letters = profiles.getClass().getMethod("scriptLetters").invoke(profiles);
            instance = rule.getMethod("of", letters.getClass()).invoke(null, letters);
        }
        Class<?> countsType = Class.forName("org.seacorpus.normalize.RuleCounts");
        Method apply = rule.getMethod("apply", String.class, countsType);
        Charset cp1252 = Charset.forName("windows-1252");
        int start = -1, last = -2, total = 0;
        StringBuilder out = new StringBuilder();
        for (int cp = 0x80; cp <= 0x10FFFF; cp++) {
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                continue;
            }
            StringBuilder misread = new StringBuilder("a ");
            for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                int v = b & 0xFF;
                boolean undefined = v == 0x81 || v == 0x8D || v == 0x8F || v == 0x90 || v == 0x9D;
                misread.append(undefined ? (char) v : new String(new byte[] {b}, cp1252).charAt(0));
            }
            misread.append(" b");
            String fixed = (String) apply.invoke(instance, misread.toString(), countsType.getConstructor().newInstance());
            boolean repaired = fixed.equals("a " + new String(Character.toChars(cp)) + " b");
            if (repaired) {
                total++;
                if (cp != last + 1) {
                    if (start >= 0) {
                        out.append(range(start, last)).append('\n');
                    }
                    start = cp;
                }
                last = cp;
            }
        }
        if (start >= 0) {
            out.append(range(start, last)).append('\n');
        }
        System.out.print(out);
        System.err.println("repaired code points: " + total);
    }

    private static String range(int a, int b) {
        return a == b ? String.format("U+%04X", a) : String.format("U+%04X..U+%04X", a, b);
    }
}
