package org.seacorpus.cli.docs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.seacorpus.cli.CorpusCommand;

/**
 * Runs the commands the README and the pages of docs/ show, on the sample data, and compares what they print
 * with what the pages show ({@link OutputMatch}), so that a change that alters an output fails until the page is
 * refreshed. Run by {@code bin/check-docs} (and so by CI); the convention is in docs/contributing.md.
 *
 * <p>Each page runs in the same scratch folder ({@code target/check-docs/work}, the working directory), emptied
 * first and given {@code sample-data}, {@code bin} and the CoNLL-U test treebanks (links into the repository,
 * at their paths there) and a copy of
 * {@code docs/files/} (the small files the pages show: a benchmark file, texts to segment or train on).
 * {@code bin/corpus} (or {@code corpus}) commands run in this JVM, with their stdin when fed by
 * {@code echo}/{@code printf}; anything else runs in bash. After a slow command the folder is kept under
 * {@code target/check-docs/cache}, keyed by the commands that led to it, the CLI jar, the sample data and
 * docs/files: a page that begins with the same commands (the README's import of the sample data) starts from
 * there instead of running them again.
 *
 * <p>Arguments: {@code --repo DIR} (required), {@code --update} (rewrite the outputs that differ, keeping the
 * page's {@code …} shortening), then the pages (default: README.md and docs/*.md).
 */
public final class DocsCheck {
    private static final long SNAPSHOT_AFTER_MILLIS = 2_000;
    /** Folders of the repository the pages read, linked into the scratch folder at the same relative paths. */
    private static final List<String> DATA = List.of("sample-data", "corpus-core/src/test/resources/conllu");

    private final Path repo;
    private final Path work;
    private final Path cache;
    private final boolean update;
    private final String environment;

    private DocsCheck(Path repo, Path work, boolean update) throws IOException {
        this.repo = repo;
        this.work = work;
        this.cache = work.resolveSibling("cache");
        this.update = update;
        this.environment = environmentKey();
    }

    /** What a command printed. */
    record Printed(int exitCode, List<String> lines, long millis) {
    }

    /** Held so that its level stays: Lucene tells of optional speed-ups through java.util.logging. */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    public static void main(String[] args) throws Exception {
        LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
        Path repo = null;
        boolean update = false;
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--repo" -> repo = Path.of(args[++i]).toAbsolutePath().normalize();
                case "--update" -> update = true;
                default -> pages.add(args[i]);
            }
        }
        if (repo == null) {
            System.err.println("usage: DocsCheck --repo DIR [--update] [PAGE.md…] (run it through bin/check-docs)");
            System.exit(2);
        }
        Path work = Path.of("").toAbsolutePath().normalize();
        if (!work.endsWith(Path.of("target", "check-docs", "work"))) {
            System.err.println("check-docs: run me in target/check-docs/work (bin/check-docs does), not in " + work);
            System.exit(2);
        }
        if (pages.isEmpty()) {
            pages.add("README.md");
            try (Stream<Path> docs = Files.list(repo.resolve("docs"))) {
                for (Path p : docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                    pages.add(repo.relativize(p).toString());
                }
            }
        }
        DocsCheck check = new DocsCheck(repo, work, update);
        int failed = 0;
        int commands = 0;
        long started = System.nanoTime();
        for (String page : pages) {
            int[] result = check.page(page);
            commands += result[0];
            failed += result[1];
        }
        System.out.printf("check-docs: %d commands in %d pages, %d %s (%.0f s)%n", commands, pages.size(), failed,
                failed == 1 ? "differs" : "differ", (System.nanoTime() - started) / 1e9);
        if (failed > 0 && !update) {
            System.out.println("check-docs: refresh the pages (bin/check-docs --update, then read the diff), or fix "
                    + "the change that altered the output; the convention is in docs/contributing.md");
        }
        System.exit(failed > 0 && !update ? 1 : 0);
    }

    /** Runs one page; returns {commands, differing}. */
    private int[] page(String page) throws Exception {
        Path file = repo.resolve(page);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<DocCommand> commands = MarkdownCommands.parse(page, lines);
        if (commands.isEmpty()) {
            return new int[] {0, 0};
        }
        long started = System.nanoTime();
        Path files = repo.resolve("docs/files");
        prepare(files);
        String key = sha256(environment + "\n" + (Files.isDirectory(files) ? treeKey(files) : "") + "\n");
        List<Printed> printed = new ArrayList<>();
        int start = restore(key, commands, printed);
        for (int i = start; i < commands.size(); i++) {
            Printed p = run(commands.get(i).text());
            printed.add(p);
            if (p.millis() >= SNAPSHOT_AFTER_MILLIS && i + 1 < commands.size()) {
                snapshot(prefixKey(key, commands, i), printed);
            }
        }
        int differing = 0;
        boolean refreshed = false;
        List<String> updatedPage = new ArrayList<>(lines);
        for (int i = commands.size() - 1; i >= 0; i--) {
            DocCommand c = commands.get(i);
            Printed p = printed.get(i);
            boolean same = OutputMatch.matches(c.expected(), p.lines());
            boolean sameIds = same && OutputMatch.matches(c.expected(), p.lines(), false);
            if (sameIds || (same && !update)) {
                continue;
            }
            if (!same) {
                differing++;
                report(c, p);
            }
            if (update) {
                List<String> now = OutputMatch.updated(c.expected(), neutral(p.lines()));
                for (int k = 0; k < c.expected().size(); k++) {
                    updatedPage.remove(c.expectedFrom());
                }
                updatedPage.addAll(c.expectedFrom(), now);
                refreshed = true;
            }
        }
        if (refreshed) {
            Files.write(file, updatedPage, StandardCharsets.UTF_8);
        }
        System.out.printf("check-docs: %s: %d commands, %d %s%s (%.0f s)%n", page, commands.size(), differing,
                differing == 1 ? "differs" : "differ", refreshed ? ", page updated" : "",
                (System.nanoTime() - started) / 1e9);
        return new int[] {commands.size(), differing};
    }

    private static void report(DocCommand c, Printed p) {
        System.out.println("DIFFERS " + c.where() + "  $ " + c.text().replace("\\\n", "").replaceAll("\\s+", " ")
                + (p.exitCode() == 0 ? "" : "   (exit " + p.exitCode() + ")"));
        System.out.println("  the page (-) and the output (+), masked:");
        List<String> diff = OutputMatch.diff(c.expected(), p.lines());
        diff.stream().limit(60).forEach(System.out::println);
        if (diff.size() > 60) {
            System.out.println("  … " + (diff.size() - 60) + " more lines");
        }
    }

    /** Output as a page may show it: this machine's folders replaced by a neutral one. */
    private List<String> neutral(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.add(line.replace(work + "/", "/path/to/").replace(work.toString(), "/path/to")
                    .replace(repo + "/", "/path/to/seacorpus/"));
        }
        return out;
    }

    private Printed run(String command) throws Exception {
        long started = System.nanoTime();
        Optional<String[]> piped = ShellWords.pipe(command);
        String consumer = piped.map(p -> p[1]).orElse(command);
        Optional<List<String>> words = ShellWords.split(consumer);
        boolean inProcess = words.isPresent() && !words.get().isEmpty()
                && (words.get().get(0).equals("bin/corpus") || words.get().get(0).equals("corpus"))
                && (piped.isEmpty() || piped.get()[0].matches("^(echo|printf) .*"));
        if (!inProcess) {
            return bash(command, started);
        }
        byte[] stdin = piped.isPresent() ? bashBytes(piped.get()[0]) : new byte[0];
        InputStream oldIn = System.in;
        StringWriter text = new StringWriter();
        int code;
        try (PrintWriter out = new PrintWriter(text, true)) {
            System.setIn(new ByteArrayInputStream(stdin));
            List<String> args = words.get().subList(1, words.get().size());
            code = CorpusCommand.execute(args.toArray(String[]::new), out, out);
        } finally {
            System.setIn(oldIn);
        }
        return new Printed(code, lines(text.toString()), (System.nanoTime() - started) / 1_000_000);
    }

    private Printed bash(String command, long started) throws Exception {
        byte[] bytes = bashBytes(command);
        return new Printed(lastExit, lines(new String(bytes, StandardCharsets.UTF_8)),
                (System.nanoTime() - started) / 1_000_000);
    }

    private int lastExit;

    /** What bash prints for a command run in the scratch folder (stdout and stderr together). */
    private byte[] bashBytes(String command) throws Exception {
        Process process = new ProcessBuilder("bash", "-c", command).directory(work.toFile())
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] bytes = process.getInputStream().readAllBytes();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        lastExit = process.exitValue();
        return bytes;
    }

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    /** Empties the scratch folder and gives it the sample data, the scripts and the page's own files. */
    private void prepare(Path files) throws IOException {
        deleteContents(work);
        for (String data : DATA) {
            Path link = work.resolve(data);
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, repo.resolve(data));
        }
        Files.createSymbolicLink(work.resolve("bin"), repo.resolve("bin"));
        if (Files.isDirectory(files)) {
            copyTree(files, work);
        }
    }

    // ---- the cache of scratch folders after slow commands ----

    private static String prefixKey(String key, List<DocCommand> commands, int last) {
        StringBuilder text = new StringBuilder(key);
        for (int i = 0; i <= last; i++) {
            text.append('\u0000').append(commands.get(i).text());
        }
        return sha256(text.toString());
    }

    /** Restores the longest cached prefix of the page's commands; returns the index of the first to run. */
    private int restore(String key, List<DocCommand> commands, List<Printed> printed) throws IOException {
        for (int i = commands.size() - 2; i >= 0; i--) {
            Path entry = cache.resolve(prefixKey(key, commands, i));
            if (Files.isRegularFile(entry.resolve("outputs.txt"))) {
                deleteContents(work);
                copyTree(entry.resolve("files"), work);
                printed.addAll(readOutputs(entry.resolve("outputs.txt")));
                if (printed.size() == i + 1) {
                    return i + 1;
                }
                printed.clear();
            }
        }
        return 0;
    }

    private void snapshot(String prefixKey, List<Printed> printed) throws IOException {
        Path entry = cache.resolve(prefixKey);
        Path tmp = cache.resolve(prefixKey + ".tmp");
        deleteTree(tmp);
        Files.createDirectories(tmp.resolve("files"));
        copyTree(work, tmp.resolve("files"));
        List<String> out = new ArrayList<>();
        for (Printed p : printed) {
            out.add(p.exitCode() + " " + p.millis() + " " + p.lines().size());
            out.addAll(p.lines());
        }
        Files.write(tmp.resolve("outputs.txt"), out, StandardCharsets.UTF_8);
        deleteTree(entry);
        Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<Printed> readOutputs(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Printed> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String[] head = lines.get(i++).split(" ");
            int n = Integer.parseInt(head[2]);
            out.add(new Printed(Integer.parseInt(head[0]), List.copyOf(lines.subList(i, i + n)),
                    Long.parseLong(head[1])));
            i += n;
        }
        return out;
    }

    /** The CLI jar and the sample data, by size and time: a rebuild or a changed sample empties the cache. */
    private String environmentKey() throws IOException {
        StringBuilder key = new StringBuilder();
        Path jar = repo.resolve("corpus-cli/target/corpus.jar");
        key.append(Files.size(jar)).append(' ').append(Files.getLastModifiedTime(jar).toMillis()).append('\n');
        for (String data : DATA) {
            key.append(treeKey(repo.resolve(data))).append('\n');
        }
        return sha256(key.toString());
    }

    private static String treeKey(Path root) throws IOException {
        StringBuilder key = new StringBuilder();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                key.append(root.relativize(p)).append(' ').append(Files.size(p)).append(' ')
                        .append(Files.getLastModifiedTime(p).toMillis()).append('\n');
            }
        }
        return sha256(key.toString());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (p.equals(from)) {
                    Files.createDirectories(target);
                } else if (Files.isSymbolicLink(p)) {
                    Files.createSymbolicLink(target, Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                }
            }
        }
    }

    private static void deleteContents(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
                deleteTree(p);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(root) || !Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(root);
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) { // Files.walk does not follow links
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
