package org.seacorpus.segment;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

import org.seacorpus.util.TableFill;

/**
 * The binary image of a built-in {@link Lexicon}: its trie's four arrays as they are in memory, written by the build
 * beside the word list ({@code th/lexicon.tsv} → {@code th/lexicon.tsv.bin}, at {@code process-classes}) so that a
 * run rebuilds them in one pass instead of parsing 40,000–80,000 lines, sorting them and building the trie. Parsing the four shipped
 * lexicons cost about 0.2 s of CPU warm and 0.4 s cold, once per process (an import, {@code corpus segment});
 * from the images it is a few milliseconds more than reading the text. A lexicon read from its image is the one
 * parsed from its text, array for array ({@code LexiconImageTest}).
 *
 * <p>An image holds the length and CRC-32 of the text it was made from and is used only while they match the
 * file beside it, as the language profiles' images are: a list edited after the build (or on a class path the
 * build did not prepare) is parsed from its text.
 */
final class LexiconImage {
    /** What an image's name adds to its lexicon's. */
    static final String SUFFIX = ".bin";
    private static final int MAGIC = 0x53434C58; // "SCLX"
    private static final int VERSION = 1;
    private static final int HEADER = 7 * Integer.BYTES;

    private LexiconImage() {
    }

    /** Writes the image of every {@code org/seacorpus/lang/<code>/lexicon.tsv} under a class folder. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: LexiconImage CLASSES_DIR");
            System.exit(2);
        }
        Path dir = Path.of(args[0]).resolve("org/seacorpus/lang");
        int written = 0;
        try (DirectoryStream<Path> languages = Files.newDirectoryStream(dir, Files::isDirectory)) {
            for (Path language : languages) {
                Path tsv = language.resolve("lexicon.tsv");
                if (Files.isRegularFile(tsv)) {
                    byte[] text = Files.readAllBytes(tsv);
                    Lexicon lexicon = Lexicon.parse(Lexicon.decode(text), tsv.toString());
                    Files.write(tsv.resolveSibling(tsv.getFileName() + SUFFIX), write(lexicon, text));
                    written++;
                }
            }
        }
        System.out.println("LexiconImage: " + written + " lexicon images in " + dir);
    }

    /**
     * The image of {@code lexicon}, parsed from {@code text}. The trie's nodes are numbered depth first and each
     * node's block of edges is allotted when it is entered ({@link Lexicon}'s builder), so the arrays follow from
     * each node's number of children and whether it ends a word: the image holds those (a varint a node), the
     * edges' labels and the costs of the nodes that end a word, about a third of the arrays.
     */
    static byte[] write(Lexicon lexicon, byte[] text) {
        Lexicon.Trie t = lexicon.trie();
        int nodes = t.cost().length;
        int edges = t.labels().length;
        int words = 0;
        java.io.ByteArrayOutputStream shape = new java.io.ByteArrayOutputStream(nodes * 2);
        for (int n = 0; n < nodes; n++) {
            boolean word = !Float.isNaN(t.cost()[n]);
            words += word ? 1 : 0;
            int children = t.firstEdge()[n + 1] - t.firstEdge()[n];
            for (int v = children * 2 + (word ? 1 : 0); ; v >>>= 7) {
                if (v < 0x80) {
                    shape.write(v);
                    break;
                }
                shape.write(v & 0x7F | 0x80);
            }
        }
        ByteBuffer out = ByteBuffer.allocate(HEADER + Integer.BYTES + shape.size() + Character.BYTES * edges
                + Float.BYTES * words);
        out.putInt(MAGIC).putInt(VERSION).putInt(text.length).putInt(crc(text)).putInt(lexicon.size())
                .putInt(nodes).putInt(edges).putInt(words);
        out.put(shape.toByteArray());
        for (char label : t.labels()) {
            out.putChar(label);
        }
        for (float cost : t.cost()) {
            if (!Float.isNaN(cost)) {
                out.putFloat(cost);
            }
        }
        return out.array();
    }

    /**
     * The lexicon whose text is {@code text}, from {@code image}; null when the image is of another text (the list
     * changed since the build) or of another format.
     */
    static Lexicon read(byte[] image, byte[] text) {
        ByteBuffer in = ByteBuffer.wrap(image);
        if (image.length < HEADER + Integer.BYTES || in.getInt() != MAGIC || in.getInt() != VERSION
                || in.getInt() != text.length || in.getInt() != crc(text)) {
            return null;
        }
        int size = in.getInt();
        int nodes = in.getInt();
        int edges = in.getInt();
        int words = in.getInt();
        if (nodes < 1 || edges != nodes - 1 || words < 0 || words > nodes) {
            return null;
        }
        long shapeLength = (long) image.length - in.position() - (long) Character.BYTES * edges
                - (long) Float.BYTES * words;
        if (shapeLength < nodes) {   // a byte at least per node
            return null;
        }
        byte[] shape = new byte[(int) shapeLength];
        in.get(shape);
        char[] labels = new char[edges];
        in.asCharBuffer().get(labels);
        in.position(in.position() + Character.BYTES * edges);
        float[] wordCosts = new float[words];
        in.asFloatBuffer().get(wordCosts);
        Decoder d = new Decoder(shape, nodes, edges, wordCosts);
        // in blocks (TableFill): one loop over every node here would run interpreted from start to end in a JVM
        // without on-stack replacement (import's), most of the image's load time
        TableFill.inBlocks(nodes, d::decode);
        if (!d.ok || d.edge != edges || d.depth != 0 || d.at != shape.length || d.word != words) {
            return null;
        }
        d.firstEdge[nodes] = d.edge;
        return Lexicon.of(new Lexicon.Trie(d.firstEdge, labels, d.targets, d.cost), size, d.worst);
    }

    /** The trie's arrays rebuilt from the image's node shapes, node by node, in blocks ({@link #decode}). */
    private static final class Decoder {
        final byte[] shape;
        final int edges;
        final float[] wordCosts;
        final int[] firstEdge;
        final int[] targets;
        final float[] cost;
        // the parents whose edges still wait for their child, as {next edge, end of block}: depth first, a node's
        // parent is the one on top
        int[] next = new int[64];
        int[] last = new int[64];
        int depth;
        int edge;
        int at;
        int word;
        /** The highest cost of a word so far, as {@link Lexicon}'s constructor computes it (from 0, in node order). */
        float worst;
        boolean ok = true;

        Decoder(byte[] shape, int nodes, int edges, float[] wordCosts) {
            this.shape = shape;
            this.edges = edges;
            this.wordCosts = wordCosts;
            this.firstEdge = new int[nodes + 1];
            this.targets = new int[edges];
            this.cost = new float[nodes];
        }

        /**
         * Nodes {@code [from, to)}; clears {@link #ok} when the image does not hold what its header says, and does
         * nothing once it is cleared.
         */
        void decode(int from, int to) {
            if (!ok) {
                return;
            }
            for (int n = from; n < to; n++) {
                int v = 0;
                for (int shift = 0; ; shift += 7) {
                    if (at == shape.length || shift > 28) {
                        ok = false;
                        return;
                    }
                    byte b = shape[at++];
                    v |= (b & 0x7F) << shift;
                    if (b >= 0) {
                        break;
                    }
                }
                if (n > 0) {
                    if (depth == 0 || next[depth - 1] >= edges) {
                        ok = false;
                        return;
                    }
                    targets[next[depth - 1]++] = n;
                    if (next[depth - 1] == last[depth - 1]) {
                        depth--;
                    }
                }
                if ((v & 1) != 0) {
                    if (word == wordCosts.length) {
                        ok = false;
                        return;
                    }
                    float c = wordCosts[word++];
                    cost[n] = c;
                    if (!Float.isNaN(c)) {
                        worst = Math.max(worst, c);
                    }
                } else {
                    cost[n] = Float.NaN;
                }
                int children = v >>> 1;
                firstEdge[n] = edge;
                edge += children;
                if (children > 0) {
                    if (depth == next.length) {
                        next = java.util.Arrays.copyOf(next, depth * 2);
                        last = java.util.Arrays.copyOf(last, depth * 2);
                    }
                    next[depth] = firstEdge[n];
                    last[depth] = edge;
                    depth++;
                }
            }
        }
    }

    private static int crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return (int) crc.getValue();
    }
}
