package org.seacorpus.index;

import java.util.Arrays;

import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;

/**
 * One thread's table from a token form (a {@link String}) to its UTF-8 bytes and their {@link TokenFields#prefix},
 * so that {@link TokenFields} encodes a form once per thread rather than once per document that has it (the same
 * few thousand forms recur document after document: 9.4M doc values in gen-100000's documents, 10k–20k forms in a
 * segment's dictionary).
 * <p>
 * The bytes are those of {@code new BytesRef(form)} (Lucene's encoder, which writes U+FFFD for a lone surrogate),
 * in an array of their exact length. A {@link BytesRef} handed out is never written again, not even when the table
 * is emptied (it is dropped, not reused), so it may go into a document that another thread adds to the index: Lucene
 * copies a doc value's bytes when the document is added.
 * <p>
 * An open-addressing table with each form's hash (compared before the form), growing up to {@link #MAX_SLOTS} slots
 * with at most half of them used, then emptied when full and filled again. Forms longer than {@link #MAX_CHARS}
 * are encoded every time and not kept. Memory per thread: at most {@value #MAX_SLOTS} slots of a reference to the
 * form, one to its {@code BytesRef}, a long and an int (24 bytes a slot with compressed references: 768 KB at the
 * largest size), plus for each of at most 16,384 forms held the form itself (kept alive by the table) and its
 * bytes (a 32-byte {@code BytesRef} and its array): about 1–2 MB for forms of a few letters, under 10 MB with
 * every form at {@value #MAX_CHARS} characters. Not thread-safe: each thread keeps its own ({@link #get}).
 */
final class FormBytes {
    /** The largest table, in slots (at most half used). */
    static final int MAX_SLOTS = 1 << 15;
    /** Longest form (in UTF-16 units) the table keeps. */
    static final int MAX_CHARS = 64;
    private static final int FIRST_SLOTS = 1 << 10;
    private static final ThreadLocal<FormBytes> TABLES = ThreadLocal.withInitial(FormBytes::new);

    private String[] forms = new String[FIRST_SLOTS];
    private BytesRef[] bytes = new BytesRef[FIRST_SLOTS];
    private long[] prefixes = new long[FIRST_SLOTS];
    private int[] hashes = new int[FIRST_SLOTS];
    private int count;
    /** The bytes and prefix of the last form looked up ({@link #find}); for a long form not kept, those two only. */
    private BytesRef lastBytes;
    private long lastPrefix;

    /** This thread's table. */
    static FormBytes get() {
        return TABLES.get();
    }

    /**
     * Looks up {@code form}, encoding it and adding it the first time; its bytes and prefix are then
     * {@link #bytes()} and {@link #prefix()} until the next call.
     */
    void find(String form) {
        if (form.length() > MAX_CHARS) {
            lastBytes = encode(form);
            lastPrefix = TokenFields.prefix(lastBytes);
            return;
        }
        int hash = hash(form);
        int mask = forms.length - 1;
        int i = hash & mask;
        while (true) {
            String f = forms[i];
            if (f == null) {
                break;
            }
            if (hashes[i] == hash && f.equals(form)) {
                lastBytes = bytes[i];
                lastPrefix = prefixes[i];
                return;
            }
            i = (i + 1) & mask;
        }
        BytesRef value = encode(form);
        long prefix = TokenFields.prefix(value);
        if (2 * (count + 1) > forms.length) {
            if (forms.length < MAX_SLOTS) {
                grow();
            } else {
                clear();
            }
            mask = forms.length - 1;
            i = hash & mask;
            while (forms[i] != null) {
                i = (i + 1) & mask;
            }
        }
        forms[i] = form;
        bytes[i] = value;
        prefixes[i] = prefix;
        hashes[i] = hash;
        count++;
        lastBytes = value;
        lastPrefix = prefix;
    }

    /** The UTF-8 bytes of the form last looked up (not to be written to). */
    BytesRef bytes() {
        return lastBytes;
    }

    /** The {@link TokenFields#prefix} of the form last looked up. */
    long prefix() {
        return lastPrefix;
    }

    /** How many forms the table holds (for tests). */
    int count() {
        return count;
    }

    /** How many slots the table has (for tests). */
    int slots() {
        return forms.length;
    }

    /** The bytes {@code new BytesRef(form)} holds, in an array of their length. */
    static BytesRef encode(String form) {
        int n = form.length();
        byte[] scratch = new byte[UnicodeUtil.maxUTF8Length(n)];
        int length = UnicodeUtil.UTF16toUTF8(form, 0, n, scratch);
        return new BytesRef(length == scratch.length ? scratch : Arrays.copyOf(scratch, length), 0, length);
    }

    private void clear() {
        Arrays.fill(forms, null);
        Arrays.fill(bytes, null);
        count = 0;
    }

    private void grow() {
        String[] oldForms = forms;
        BytesRef[] oldBytes = bytes;
        long[] oldPrefixes = prefixes;
        int[] oldHashes = hashes;
        int size = oldForms.length * 2;
        forms = new String[size];
        bytes = new BytesRef[size];
        prefixes = new long[size];
        hashes = new int[size];
        int mask = size - 1;
        for (int j = 0; j < oldForms.length; j++) {
            if (oldForms[j] != null) {
                int i = oldHashes[j] & mask;
                while (forms[i] != null) {
                    i = (i + 1) & mask;
                }
                forms[i] = oldForms[j];
                bytes[i] = oldBytes[j];
                prefixes[i] = oldPrefixes[j];
                hashes[i] = oldHashes[j];
            }
        }
    }

    private static int hash(String form) {
        int h = form.hashCode() * 0x85EBCA6B;
        return h ^ (h >>> 15);
    }
}
