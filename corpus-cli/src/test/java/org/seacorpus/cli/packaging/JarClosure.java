package org.seacorpus.cli.packaging;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Leaves out of the shaded CLI jar every class that nothing in the jar can reach, and writes what stays deflated
 * at the highest level.
 *
 * <p>Run by the build after maven-shade (corpus-cli's POM, phase {@code package}) on {@code target/corpus.jar}, in
 * place. A class stays when it is reachable from a root:
 * <ul>
 *   <li>the manifest's {@code Main-Class} and every class whose path matches a {@code --keep} pattern (the POM
 *       keeps all of {@code org/seacorpus/**}, so new classes of ours are always kept, and jte's precompiled
 *       templates, which jte loads by a name it builds);</li>
 *   <li>every class named in any resource of the jar ({@code META-INF/services} files, XMLBeans' type-system
 *       files, Log4j's plugin cache, Tika's and Jetty's property files…): every run of name characters in the
 *       bytes of every non-class entry is looked up as a class name, dotted or slashed.</li>
 * </ul>
 * and a kept class reaches every class any string of its constant pool names: class references, descriptors and
 * signatures, and string constants (so {@code Class.forName("a.b.C")} is followed), each run of name characters
 * looked up together with every prefix of it; and its implementation by name, {@code NameImpl} or
 * {@code impl/NameImpl} (Lucene's attributes, XMLBeans' schema types). A string that names a package whole ({@code "a.b."}, how code that
 * builds a class name from a prefix writes it) keeps every class of that package. Versions of a class under
 * {@code META-INF/versions/N/} stay and go with it. Resources all stay (their own pruning is the shade plugin's
 * filters); directories that no longer hold anything go.
 *
 * <p>What this cannot see: a class name assembled at run time from pieces none of which is the package (the
 * {@code --keep} patterns are for those). {@code ShadedJarIT} runs every format and command through the reduced
 * jar; {@code --report} writes the kept and dropped classes per top-level package.
 *
 * <p>With {@code --upgrade-old-classes}, the class files it keeps that are older than Java 6 are written as Java 8
 * class files with stack map frames ({@link ClassFileUpgrade}), which JDK 25's start-up cache can hold (picocli's).
 *
 * <p>Usage: {@code JarClosure JAR [--keep GLOB]… [--upgrade-old-classes] [--report FILE]}
 */
public final class JarClosure {

    private static final String VERSIONS = "META-INF/versions/";

    private JarClosure() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: JarClosure JAR [--keep GLOB]... [--upgrade-old-classes] [--report FILE]");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        List<Pattern> keep = new ArrayList<>();
        Path report = null;
        boolean upgrade = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--keep" -> keep.add(glob(args[++i]));
                case "--report" -> report = Path.of(args[++i]);
                case "--upgrade-old-classes" -> upgrade = true;
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        Result result = reduce(jar, keep, upgrade);
        System.out.printf(Locale.ROOT, "JarClosure: %s: %,d classes, %,d kept, %,d left out; %,d entries -> %,d; %,d bytes -> %,d%n",
                jar.getFileName(), result.classes(), result.kept().size(), result.dropped().size(),
                result.entriesBefore(), result.entriesAfter(), result.bytesBefore(), result.bytesAfter());
        if (upgrade) {
            System.out.printf(Locale.ROOT, "JarClosure: %,d class files older than Java 6 written as Java 8 with "
                    + "frames; %,d left as they were (subroutines, or a super type missing)%n",
                    result.upgraded().size(), result.leftOld().size());
        }
        if (report != null) {
            writeReport(report, result);
        }
    }

    /** What {@link #reduce} did. */
    public record Result(int classes, Set<String> kept, Set<String> dropped, int entriesBefore, int entriesAfter,
                         long bytesBefore, long bytesAfter, Set<String> upgraded, Set<String> leftOld) {
    }

    /** Rewrites {@code jar} in place without the classes no root reaches. */
    public static Result reduce(Path jar, List<Pattern> keep) throws IOException {
        return reduce(jar, keep, false);
    }

    /**
     * Rewrites {@code jar} in place without the classes no root reaches and, when {@code upgrade}, with the class
     * files older than Java 6 that stay rewritten by {@link ClassFileUpgrade}.
     */
    public static Result reduce(Path jar, List<Pattern> keep, boolean upgrade) throws IOException {
        long bytesBefore = Files.size(jar);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Map<String, Long> times = new HashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
                times.put(entry.getName(), entry.getTime());
            }
        }
        // class name (slashed, no .class) -> the entries holding it (the class and its versions)
        Map<String, List<String>> classes = new HashMap<>();
        Set<String> packages = new HashSet<>();
        for (String name : entries.keySet()) {
            String cls = className(name);
            if (cls != null) {
                classes.computeIfAbsent(cls, k -> new ArrayList<>()).add(name);
                int slash = cls.lastIndexOf('/');
                if (slash > 0) {
                    packages.add(cls.substring(0, slash));
                }
            }
        }
        Map<String, List<String>> byPackage = new HashMap<>();
        for (String cls : classes.keySet()) {
            int slash = cls.lastIndexOf('/');
            byPackage.computeIfAbsent(slash > 0 ? cls.substring(0, slash) : "", k -> new ArrayList<>()).add(cls);
        }
        Names names = new Names(classes.keySet(), packages);

        Set<String> kept = new HashSet<>();
        Deque<String> work = new ArrayDeque<>();
        Set<String> roots = new HashSet<>();
        for (String cls : classes.keySet()) {
            String path = cls + ".class";
            for (Pattern p : keep) {
                if (p.matcher(path).matches()) {
                    roots.add(cls);
                    break;
                }
            }
        }
        byte[] manifest = entries.get("META-INF/MANIFEST.MF");
        if (manifest != null) {
            String main = new Manifest(new ByteArrayInputStream(manifest)).getMainAttributes()
                    .getValue(Attributes.Name.MAIN_CLASS);
            if (main != null) {
                roots.add(main.replace('.', '/'));
            }
        }
        Set<String> namedPackages = new HashSet<>();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (className(e.getKey()) == null && !e.getKey().endsWith("/")) {
                names.scan(new String(e.getValue(), StandardCharsets.ISO_8859_1), roots, namedPackages);
            }
        }
        for (String pkg : namedPackages) {
            roots.addAll(byPackage.getOrDefault(pkg, List.of()));
        }
        for (String root : roots) {
            if (classes.containsKey(root) && kept.add(root)) {
                work.add(root);
            }
        }
        while (!work.isEmpty()) {
            String cls = work.poll();
            Set<String> found = new HashSet<>();
            Set<String> pkgs = new HashSet<>();
            for (String entry : classes.get(cls)) {
                for (String s : utf8Constants(entries.get(entry), entry)) {
                    names.scan(s, found, pkgs);
                }
            }
            for (String pkg : pkgs) {
                found.addAll(byPackage.getOrDefault(pkg, List.of()));
            }
            found.addAll(implementations(cls, classes.keySet()));
            for (String f : found) {
                if (kept.add(f)) {
                    work.add(f);
                }
            }
        }
        Set<String> dropped = new TreeSet<>(classes.keySet());
        dropped.removeAll(kept);

        // directories still holding something
        Set<String> usedDirs = new HashSet<>();
        for (String name : entries.keySet()) {
            String cls = className(name);
            if (name.endsWith("/") || (cls != null && dropped.contains(cls))) {
                continue;
            }
            for (int i = name.indexOf('/'); i >= 0; i = name.indexOf('/', i + 1)) {
                usedDirs.add(name.substring(0, i + 1));
            }
        }
        Path tmp = jar.resolveSibling(jar.getFileName() + ".closure.tmp");
        int after = 0;
        Set<String> upgraded = new TreeSet<>();
        Set<String> leftOld = new TreeSet<>();
        ClassFileUpgrade upgrader = new ClassFileUpgrade(type -> entries.get(type + ".class"));
        try (ZipWriter zip = new ZipWriter(Files.newOutputStream(tmp))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                String name = e.getKey();
                String cls = className(name);
                if (name.endsWith("/") ? !usedDirs.contains(name) : cls != null && dropped.contains(cls)) {
                    continue;
                }
                byte[] data = e.getValue();
                if (upgrade && cls != null && ClassFileUpgrade.isOld(data)) {
                    byte[] rewritten = upgrader.upgrade(data);
                    (rewritten == data ? leftOld : upgraded).add(name);
                    data = rewritten;
                }
                zip.write(name, times.get(name), data);
                after++;
            }
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
        return new Result(classes.size(), kept, dropped, entries.size(), after, bytesBefore, Files.size(jar),
                upgraded, leftOld);
    }

    /**
     * The classes that libraries find by appending "Impl" to an interface's name: Lucene's attribute factory
     * ({@code KeywordAttribute} to {@code KeywordAttributeImpl}) and XMLBeans' schema types ({@code a/b/CTBody} to
     * {@code a/b/impl/CTBodyImpl}).
     */
    static List<String> implementations(String cls, Set<String> classes) {
        List<String> out = new ArrayList<>(2);
        if (classes.contains(cls + "Impl")) {
            out.add(cls + "Impl");
        }
        int slash = cls.lastIndexOf('/');
        String xmlBeans = cls.substring(0, slash + 1) + "impl/" + cls.substring(slash + 1) + "Impl";
        if (classes.contains(xmlBeans)) {
            out.add(xmlBeans);
        }
        return out;
    }

    /**
     * Writes a zip file: each entry deflated once at the highest level (stored when that is not smaller), its sizes
     * and checksum in its header, so that no data descriptor follows it (16 bytes times 30,000 entries), no extra
     * fields. ZipOutputStream would have to deflate each entry twice to know its size before writing it.
     */
    static final class ZipWriter implements AutoCloseable {
        private final OutputStream out;
        private final ByteArrayOutputStream central = new ByteArrayOutputStream();
        private final Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        private final byte[] buffer = new byte[64 * 1024];
        private long offset;
        private int count;

        ZipWriter(OutputStream out) {
            this.out = new java.io.BufferedOutputStream(out, 1 << 16);
        }

        void write(String name, long time, byte[] data) throws IOException {
            byte[] deflated = deflate(data);
            boolean stored = deflated.length >= data.length;
            byte[] body = stored ? data : deflated;
            CRC32 crc = new CRC32();
            crc.update(data);
            byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
            int flags = nameBytes.length != name.length() ? 0x0800 : 0; // names in UTF-8
            int dos = dosTime(time);
            ByteBuffer local = header(30 + nameBytes.length);
            local.putInt(0x04034b50).putShort((short) 20).putShort((short) flags)
                    .putShort((short) (stored ? 0 : 8)).putInt(dos).putInt((int) crc.getValue())
                    .putInt(body.length).putInt(data.length).putShort((short) nameBytes.length).putShort((short) 0)
                    .put(nameBytes);
            ByteBuffer entry = header(46 + nameBytes.length);
            entry.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) flags)
                    .putShort((short) (stored ? 0 : 8)).putInt(dos).putInt((int) crc.getValue())
                    .putInt(body.length).putInt(data.length).putShort((short) nameBytes.length)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0)
                    .putInt((int) offset).put(nameBytes);
            central.write(entry.array());
            out.write(local.array());
            out.write(body);
            offset += local.capacity() + body.length;
            count++;
            if (offset > 0xFFFF_FFFFL || count > 0xFFFF) {
                throw new IOException("the jar needs Zip64 (over 4 GiB or 65,535 entries), which JarClosure does not write");
            }
        }

        @Override
        public void close() throws IOException {
            byte[] directory = central.toByteArray();
            out.write(directory);
            ByteBuffer end = header(22);
            end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) count)
                    .putShort((short) count).putInt(directory.length).putInt((int) offset).putShort((short) 0);
            out.write(end.array());
            out.close();
            deflater.end();
        }

        private byte[] deflate(byte[] data) {
            deflater.reset();
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(data.length / 2 + 64);
            while (!deflater.finished()) {
                bytes.write(buffer, 0, deflater.deflate(buffer));
            }
            return bytes.toByteArray();
        }

        private static ByteBuffer header(int size) {
            return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        }

        /** MS-DOS date and time (local time, 2-second steps), as ZipEntry.setTime writes them. */
        private static int dosTime(long millis) {
            LocalDateTime t = LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneId.systemDefault());
            if (t.getYear() < 1980) {
                t = LocalDateTime.of(1980, 1, 1, 0, 0);
            }
            return (t.getYear() - 1980) << 25 | t.getMonthValue() << 21 | t.getDayOfMonth() << 16
                    | t.getHour() << 11 | t.getMinute() << 5 | t.getSecond() >> 1;
        }
    }

    /** The class an entry holds (slashed, without {@code .class}), or null for a resource. */
    static String className(String entry) {
        if (!entry.endsWith(".class") || entry.endsWith("module-info.class")) {
            return null;
        }
        String name = entry.substring(0, entry.length() - ".class".length());
        if (name.startsWith(VERSIONS)) {
            int slash = name.indexOf('/', VERSIONS.length());
            if (slash < 0) {
                return null;
            }
            name = name.substring(slash + 1);
        }
        return name;
    }

    /** The CONSTANT_Utf8 strings of a class file's constant pool. */
    static List<String> utf8Constants(byte[] classFile, String entry) {
        List<String> out = new ArrayList<>();
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
            if (in.readInt() != 0xCAFEBABE) {
                throw new IOException("not a class file");
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> out.add(in.readUTF());
                    case 3, 4 -> in.skipNBytes(4);
                    case 5, 6 -> {
                        in.skipNBytes(8);
                        i++;
                    }
                    case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                    case 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                    case 15 -> in.skipNBytes(3);
                    default -> throw new IOException("constant pool tag " + tag + " at " + i);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the constant pool of " + entry + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Looks up the runs of name characters in a string as class and package names. */
    static final class Names {
        private final Set<String> classes;
        private final Set<String> packages;

        private final Map<String, List<String>> bundles = new HashMap<>();

        Names(Set<String> classes, Set<String> packages) {
            this.classes = classes;
            this.packages = packages;
            for (String cls : classes) {
                int slash = cls.lastIndexOf('/');
                for (int u = cls.indexOf('_', slash + 1); u > slash + 1; u = cls.indexOf('_', u + 1)) {
                    bundles.computeIfAbsent(cls.substring(0, u), k -> new ArrayList<>()).add(cls);
                }
            }
        }

        void scan(String s, Set<String> classesOut, Set<String> packagesOut) {
            int n = s.length();
            int i = 0;
            while (i < n) {
                while (i < n && !nameChar(s.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < n && (nameChar(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '/')) {
                    i++;
                }
                if (i > start) {
                    token(s.substring(start, i), classesOut, packagesOut);
                }
            }
        }

        private void token(String t, Set<String> classesOut, Set<String> packagesOut) {
            if (t.indexOf('.') < 0 && t.indexOf('/') < 0) {
                return;
            }
            String slashed = t.replace('.', '/');
            lookup(slashed, classesOut, packagesOut);
            // descriptors: "Lpkg/Name", after primitive types "IJLpkg/Name"
            int j = 0;
            while (j < slashed.length() && "BCDFIJSZ".indexOf(slashed.charAt(j)) >= 0) {
                j++;
            }
            if (j + 1 < slashed.length() && slashed.charAt(j) == 'L') {
                lookup(slashed.substring(j + 1), classesOut, packagesOut);
            }
        }

        private void lookup(String slashed, Set<String> classesOut, Set<String> packagesOut) {
            String t = slashed.endsWith("/") ? slashed.substring(0, slashed.length() - 1) : slashed;
            if (packages.contains(t)) {
                // "a.b." or "a.b" named whole: a package a class name may be built in
                packagesOut.add(t);
            }
            // the whole run and every prefix of it ("a/b/C/method", "a/b/C/class", "a/b/C$")
            for (int end = t.length(); end > 0; end = t.lastIndexOf('/', end - 1)) {
                String prefix = t.substring(0, end);
                if (classes.contains(prefix)) {
                    classesOut.add(prefix);
                }
                List<String> variants = bundles.get(prefix);
                if (variants != null) {
                    // ResourceBundle.getBundle("a.b.Messages") loads a.b.Messages_fr and the like
                    classesOut.addAll(variants);
                }
            }
        }

        private static boolean nameChar(char c) {
            return c == '_' || c == '$' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
    }

    static Pattern glob(String glob) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                re.append(".*");
                i++;
            } else if (c == '*') {
                re.append("[^/]*");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }

    private static void writeReport(Path report, Result result) throws IOException {
        Map<String, int[]> perPackage = new TreeMap<>();
        for (String k : result.kept()) {
            perPackage.computeIfAbsent(top(k), x -> new int[2])[0]++;
        }
        for (String d : result.dropped()) {
            perPackage.computeIfAbsent(top(d), x -> new int[2])[1]++;
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(report))) {
            w.println("# package (3 levels)\tkept\tleft out");
            perPackage.forEach((p, c) -> w.printf(Locale.ROOT, "%s\t%d\t%d%n", p, c[0], c[1]));
            w.println("# left out");
            result.dropped().forEach(w::println);
        }
    }

    private static String top(String cls) {
        String[] parts = cls.split("/");
        return String.join("/", java.util.Arrays.copyOf(parts, Math.min(3, parts.length - 1)));
    }
}
