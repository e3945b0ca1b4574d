package org.seacorpus.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.seacorpus.util.SafeText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one way an export deletes anything: {@link #clear} removes from a folder only what an earlier export wrote,
 * and refuses, deleting nothing, when anything else is there.
 *
 * <p>A file is the export's own when the folder's {@code manifest.json} is ours (its {@code tool} is
 * {@code seacorpus}) and lists it with the same size and SHA-256; the manifest itself; the dataset card
 * {@code README.md} when its SHA-256 is the manifest's {@code card_sha256} (a manifest from before that field: when
 * it starts as our cards do); and the leftovers of a killed export, recognised by our layout alone
 * ({@code <code>/<split>-00000.<ext>.partial}, and {@code <code>/<split>-00000-of-00002.<ext>} when there is no
 * manifest). Anything else, a file a user added, a file changed since, a symbolic link, an unrelated project's
 * own {@code manifest.json}, makes {@link #clear} refuse with the list. A folder that is or holds a corpus home
 * ({@code corpus.yaml}) is never cleared. Links are never followed; nothing outside the folder is ever touched.
 */
public final class ExportFolder {
    /** Foreign entries listed in the refusal; the walk stops counting at {@link #MAX_FOREIGN}. */
    static final int LISTED = 10;
    static final int MAX_FOREIGN = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PARTIAL = Pattern.compile("[A-Za-z0-9_]+/[A-Za-z0-9_.]+-\\d{5}\\.[a-z0-9.]+\\.partial");
    private static final Pattern SHARD = Pattern.compile("[A-Za-z0-9_]+/[A-Za-z0-9_.]+-\\d{5}-of-\\d{5}\\.[a-z0-9.]+");
    private static final String CARD_START = "Training data exported by seacorpus";

    private ExportFolder() {
    }

    /**
     * What a folder holds.
     *
     * @param ours       the files an earlier export wrote, data first and the manifest last (the order to delete)
     * @param foreign    paths (relative to the folder) that the export did not write, each with why; at most
     *                   {@link #MAX_FOREIGN}
     * @param corpusHome a corpus home that is the folder or lies inside it, or null
     */
    public record Inspection(Path folder, List<Path> ours, List<String> foreign, Path corpusHome) {
        public boolean clean() {
            return foreign.isEmpty() && corpusHome == null;
        }

        /** Why the folder cannot be cleared, for a person: what is in the way and what to do. */
        public String refusal() {
            if (corpusHome != null) {
                return "output folder " + SafeText.oneLine(folder.toString()) + (corpusHome.equals(folder) ? " is"
                        : " holds") + " a corpus home (" + SafeText.oneLine(corpusHome.toString()) + "): an export "
                        + "never deletes a corpus; choose another output folder";
            }
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < Math.min(LISTED, foreign.size()); i++) {
                list.append(i == 0 ? "" : ", ").append(SafeText.oneLine(foreign.get(i)));
            }
            if (foreign.size() > LISTED) {
                list.append(", … (").append(foreign.size() >= MAX_FOREIGN ? "at least " : "")
                        .append(foreign.size()).append(" in all)");
            }
            return "output folder " + SafeText.oneLine(folder.toString()) + " holds files an earlier export did not "
                    + "write, so nothing was deleted: " + list + ". Overwriting removes only an export's own files "
                    + "(listed in its manifest.json, unchanged); move these away or choose another output folder";
        }
    }

    /** Looks at a folder without changing anything. A missing folder is clean and empty. */
    public static Inspection inspect(Path folder) throws IOException {
        Path dir = folder.toAbsolutePath().normalize();
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return new Inspection(dir, List.of(), List.of(), null);
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return new Inspection(dir, List.of(), List.of(dir.getFileName() + " (not a folder)"), null);
        }
        Listing manifest = Listing.read(dir.resolve("manifest.json"));
        Walk walk = new Walk(dir, manifest);
        Files.walkFileTree(dir, walk);
        if (walk.home == null && walk.foreign.isEmpty()) {
            walk.verifyListed();
        }
        List<Path> ours = new ArrayList<>(walk.ours);
        ours.sort(Comparator.comparingInt((Path p) -> deleteOrder(dir, p)).thenComparing(Comparator.naturalOrder()));
        return new Inspection(dir, List.copyOf(ours), List.copyOf(walk.foreign), walk.home);
    }

    /**
     * Empties a folder an earlier export wrote: deletes its own files (data, then card, then manifest, so a kill
     * half way leaves a folder that is still recognised) and the language folders they leave empty. Refuses with
     * an {@link ExportException}, deleting nothing, when the folder holds anything else.
     */
    public static void clear(Path folder) throws IOException {
        Inspection inspection = inspect(folder);
        if (!inspection.clean()) {
            throw new ExportException(inspection.refusal());
        }
        for (Path file : inspection.ours()) {
            Files.deleteIfExists(file);
        }
        List<Path> dirs = new ArrayList<>();
        for (Path file : inspection.ours()) {
            Path parent = file.getParent();
            if (!parent.equals(inspection.folder()) && !dirs.contains(parent)) {
                dirs.add(parent);
            }
        }
        for (Path dir : dirs) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isEmpty()) {
                    Files.delete(dir);
                }
            }
        }
    }

    /** Data files and leftovers first, the card next, the manifest last. */
    private static int deleteOrder(Path dir, Path file) {
        Path rel = dir.relativize(file);
        return rel.toString().equals("manifest.json") ? 2 : rel.toString().equals("README.md") ? 1 : 0;
    }

    /** Our manifest's view: the files it lists (path → size and SHA-256) and the card's SHA-256. */
    private record Listing(Map<String, Listed> files, String cardSha256) {
        static Listing read(Path file) {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            try {
                JsonNode node = JSON.readTree(file.toFile());
                if (node == null || !"seacorpus".equals(node.path("tool").asText()) || !node.path("files").isArray()) {
                    return null;
                }
                Map<String, Listed> files = new HashMap<>();
                for (JsonNode f : node.path("files")) {
                    files.put(f.path("path").asText(), new Listed(f.path("bytes").asLong(-1), f.path("sha256").asText()));
                }
                String card = node.path("card_sha256").isTextual() ? node.path("card_sha256").asText() : null;
                return new Listing(files, card);
            } catch (IOException e) {
                return null; // not JSON: not ours
            }
        }
    }

    private record Listed(long bytes, String sha256) {
    }

    /** One walk of the folder, never following links, sorting what it meets. */
    private static final class Walk extends SimpleFileVisitor<Path> {
        final Path dir;
        final Listing manifest;
        final List<Path> ours = new ArrayList<>();
        final List<Path> listed = new ArrayList<>();
        final List<String> foreign = new ArrayList<>();
        Path home;

        Walk(Path dir, Listing manifest) {
            this.dir = dir;
            this.manifest = manifest;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
            if (Files.isRegularFile(d.resolve("corpus.yaml"), LinkOption.NOFOLLOW_LINKS)) {
                home = d;
                return FileVisitResult.TERMINATE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            String rel = relative(file);
            if (attrs.isSymbolicLink()) {
                return foreign(rel + " (a symbolic link)");
            }
            if (!attrs.isRegularFile()) {
                return foreign(rel + " (not a regular file)");
            }
            if (manifest != null) {
                if (rel.equals("manifest.json")) {
                    ours.add(file);
                } else if (rel.equals("README.md")) {
                    if (!isOurCard(file)) {
                        return foreign(rel + " (not the dataset card the export wrote, or changed since)");
                    }
                    ours.add(file);
                } else if (manifest.files().containsKey(rel)) {
                    listed.add(file);
                } else if (PARTIAL.matcher(rel).matches()) {
                    ours.add(file);
                } else {
                    return foreign(rel);
                }
            } else if (PARTIAL.matcher(rel).matches() || SHARD.matcher(rel).matches()) {
                ours.add(file); // a killed export's files, before it wrote its manifest
            } else {
                return foreign(rel + (rel.equals("manifest.json") ? " (not a seacorpus export manifest)" : ""));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            return foreign(relative(file) + " (cannot be read)");
        }

        private FileVisitResult foreign(String entry) {
            foreign.add(entry);
            return foreign.size() >= MAX_FOREIGN ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
        }

        /** Hashes the files the manifest lists: only unchanged ones are ours. */
        void verifyListed() throws IOException {
            for (Path file : listed) {
                String rel = relative(file);
                Listed expected = manifest.files().get(rel);
                if (Files.size(file) != expected.bytes()) {
                    foreign.add(rel + " (changed since the export wrote it: size differs)");
                } else if (!sha256(file).equalsIgnoreCase(expected.sha256())) {
                    foreign.add(rel + " (changed since the export wrote it: SHA-256 differs)");
                } else {
                    ours.add(file);
                }
            }
        }

        private boolean isOurCard(Path file) throws IOException {
            if (manifest.cardSha256() != null) {
                return sha256(file).equalsIgnoreCase(manifest.cardSha256());
            }
            try (InputStream in = Files.newInputStream(file)) {
                String head = new String(in.readNBytes(8 * 1024), StandardCharsets.UTF_8);
                return head.startsWith("---\n") && head.contains(CARD_START);
            }
        }

        private String relative(Path file) {
            return dir.relativize(file).toString().replace('\\', '/');
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
