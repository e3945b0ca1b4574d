package org.seacorpus.ingest;

import java.io.CharConversionException;
import java.io.EOFException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipException;

import org.seacorpus.util.SafeText;

/**
 * Failure reasons written for people: what went wrong in words, on one line of at most {@value #MAX_LENGTH}
 * characters, with no Java class names; and beside it the technical detail (every exception of the chain with
 * its class) for {@code -v}. Library messages are kept where they say something ("Central directory is empty,
 * can't expand corrupt archive"), class-name prefixes are cut from them ("java.util.zip.ZipException: …"), and an
 * exception without a message is named by what it means ("unexpected end of data") rather than by its class.
 */
public final class FailureReason {
    /** The longest reason shown; the rest goes to the detail. */
    public static final int MAX_LENGTH = 200;

    /** {@code java.util.zip.ZipException: } and the like, at the start of a message or inside it. */
    private static final Pattern CLASS_PREFIX = Pattern.compile(
            "\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error|Throwable)\\s*:\\s*");
    /** A qualified class name or an object's default {@code toString} ({@code org.apache.X@1f2e}) anywhere. */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:java|javax|jdk|sun|com|org|net|io)\\.(?:[a-z_][a-z0-9_]*\\.)*[A-Z][A-Za-z0-9_$]*(?:@[0-9a-f]+)?");
    /** A bare exception name standing alone as a message ({@code (EOFException)}). */
    private static final Pattern BARE_EXCEPTION = Pattern.compile("\\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\\b");

    private FailureReason() {
    }

    /**
     * The reason an exception gives, for a person: the messages along its cause chain that add something, joined
     * as "outer (inner)", class names removed; an exception without a message by what it means.
     */
    public static String of(Throwable e) {
        Set<String> parts = new LinkedHashSet<>();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String said = said(t);
            if (said.isEmpty()) {
                continue;
            }
            boolean repeated = parts.stream().anyMatch(p -> p.contains(said));
            if (!repeated) {
                parts.add(said);
            }
        }
        Throwable root = rootOf(e);
        if (parts.isEmpty()) {
            return meaning(root);
        }
        if (root != e && said(root).isEmpty()) {
            parts.add(meaning(root)); // "Error reading Zip content" says more with "(unexpected end of data)"
        }
        List<String> list = new ArrayList<>(parts);
        String reason = list.get(0);
        if (list.size() > 1) {
            reason += " (" + list.get(list.size() - 1) + ")";
        }
        return clean(reason);
    }

    /** The whole chain with classes and messages, one cause after the other, for {@code -v} and JSON. */
    public static String detail(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (!out.isEmpty()) {
                out.append(" <- ");
            }
            out.append(t.getClass().getName());
            if (t.getMessage() != null) {
                out.append(": ").append(t.getMessage());
            }
        }
        return SafeText.oneLine(out.toString(), 2_000);
    }

    /** A reason made fit to show: class names cut, whitespace runs and line breaks made one space, length capped. */
    public static String clean(String reason) {
        if (reason == null) {
            return "";
        }
        String s = CLASS_PREFIX.matcher(reason).replaceAll("");
        s = CLASS_NAME.matcher(s).replaceAll(m -> simple(m.group()));
        s = s.replaceAll("[\\s\\p{Cc}\\u2028\\u2029]+", " ").strip();
        s = s.replace("()", "").replaceAll(" {2,}", " ").strip();
        return SafeText.oneLine(s, MAX_LENGTH);
    }

    /** The message of one exception, or empty when it has none or only names another exception. */
    private static String said(Throwable t) {
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return "";
        }
        String cleaned = clean(message);
        if (t.getCause() != null && message.equals(t.getCause().toString())) {
            return ""; // new X(cause): the message is the cause's toString, said again below
        }
        if (t instanceof AccessDeniedException) {
            return "permission denied: " + cleaned;
        }
        if (t instanceof NoSuchFileException) {
            return "no such file: " + cleaned;
        }
        if (t instanceof FileSystemException fs && fs.getReason() != null && fs.getFile() != null
                && !message.contains(fs.getReason())) {
            return cleaned + ": " + fs.getReason();
        }
        if (BARE_EXCEPTION.matcher(cleaned).replaceAll("").isBlank()) {
            return meaning(t);
        }
        return cleaned;
    }

    /** What an exception means when it carries no message of its own. */
    private static String meaning(Throwable t) {
        if (t instanceof EOFException) {
            return "unexpected end of data: the file is truncated or damaged";
        }
        if (t instanceof ZipException) {
            return "damaged compressed data";
        }
        if (t instanceof CharacterCodingException || t instanceof CharConversionException) {
            return "bytes that are not valid in the expected charset";
        }
        if (t instanceof OutOfMemoryError) {
            return "ran out of memory";
        }
        if (t instanceof StackOverflowError) {
            return "structure nested too deeply to read";
        }
        if (t instanceof java.io.IOException) {
            return "read error";
        }
        return "unexpected internal error (run with -v for the details, and please report it)";
    }

    private static Throwable rootOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** {@code org.apache.tika.parser.pdf.PDFParser@1f2e} → {@code PDFParser}: kept readable but not a class path. */
    private static String simple(String qualified) {
        String name = qualified.substring(qualified.lastIndexOf('.') + 1);
        int at = name.indexOf('@');
        name = at < 0 ? name : name.substring(0, at);
        return BARE_EXCEPTION.matcher(name).matches() ? "" : name.replace('$', '.');
    }
}
