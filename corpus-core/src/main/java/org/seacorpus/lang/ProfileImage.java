package org.seacorpus.lang;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The binary image of a language profile: the values its YAML file holds (maps in file order, lists, text, numbers
 * of the type the YAML parser gives, booleans, nulls), written by the build beside the file
 * ({@code profiles/th.yaml} → {@code profiles/th.yaml.bin}, at {@code process-classes}) so that a run reads them
 * without the YAML parser. Setting up the parser (Jackson's YAML module over SnakeYAML) and parsing the 17 profiles
 * was a third of {@code corpus langid}'s Java time on one line; from the images it is a few milliseconds. The
 * records are made from the values as before ({@link ProfileYaml#record}), so a profile read from its image equals
 * the one read from its YAML ({@code ProfileImageTest}).
 *
 * <p>An image holds the length and CRC-32 of the YAML it was made from, and is used only while they match the
 * file beside it: a profile edited after the build (or on a class path the build did not prepare) is parsed from
 * its YAML. A language of a plugin without images is read from YAML too.
 */
final class ProfileImage {
    /** What an image's name adds to its profile's. */
    static final String SUFFIX = ".bin";
    private static final int MAGIC = 0x53435046; // "SCPF"
    private static final int VERSION = 1;

    private static final byte MAP = 'M';
    private static final byte LIST = 'L';
    private static final byte TEXT = 'S';
    private static final byte INT = 'I';
    private static final byte LONG = 'J';
    private static final byte BIG = 'B';
    private static final byte DOUBLE = 'D';
    private static final byte TRUE = 'T';
    private static final byte FALSE = 'F';
    private static final byte NULL = 'N';

    private ProfileImage() {
    }

    /**
     * Writes the image of every {@code org/seacorpus/lang/profiles/*.yaml} under a class folder (the build's
     * {@code target/classes}).
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ProfileImage CLASSES_DIR");
            System.exit(2);
        }
        Path dir = Path.of(args[0]).resolve("org/seacorpus/lang/profiles");
        int written = 0;
        try (DirectoryStream<Path> profiles = Files.newDirectoryStream(dir, "*.yaml")) {
            for (Path yaml : profiles) {
                byte[] text = Files.readAllBytes(yaml);
                Path image = yaml.resolveSibling(yaml.getFileName() + SUFFIX);
                Files.write(image, write(text, "language profile " + yaml.getFileName()));
                written++;
            }
        }
        System.out.println("ProfileImage: " + written + " profile images in " + dir);
    }

    /** The image of a profile's YAML; {@code where} names the file in errors. */
    static byte[] write(byte[] yaml, String where) throws IOException {
        return encode(ProfileYaml.tree(new String(yaml, StandardCharsets.UTF_8), where), yaml, where);
    }

    /** The image of {@code tree}, the values of {@code yaml}. */
    static byte[] encode(Object tree, byte[] yaml, String where) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(yaml.length);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(yaml.length);
        out.writeInt(crc(yaml));
        value(out, tree, where);
        out.flush();
        return bytes.toByteArray();
    }

    /**
     * The values of the profile whose YAML is {@code yaml}, from {@code image}; null when the image is of another
     * text (the YAML changed since the build) or of another format.
     */
    static Object read(InputStream image, byte[] yaml) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(image.readAllBytes()));
        if (in.readInt() != MAGIC || in.readInt() != VERSION || in.readInt() != yaml.length
                || in.readInt() != crc(yaml)) {
            return null;
        }
        return value(in);
    }

    private static int crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    private static void value(DataOutputStream out, Object value, String where) throws IOException {
        switch (value) {
            case null -> out.writeByte(NULL);
            case Map<?, ?> map -> {
                out.writeByte(MAP);
                out.writeInt(map.size());
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    out.writeUTF((String) e.getKey());
                    value(out, e.getValue(), where);
                }
            }
            case List<?> list -> {
                out.writeByte(LIST);
                out.writeInt(list.size());
                for (Object item : list) {
                    value(out, item, where);
                }
            }
            case String s -> {
                out.writeByte(TEXT);
                out.writeUTF(s);
            }
            case Integer i -> {
                out.writeByte(INT);
                out.writeInt(i);
            }
            case Long l -> {
                out.writeByte(LONG);
                out.writeLong(l);
            }
            case BigInteger b -> {
                out.writeByte(BIG);
                out.writeUTF(b.toString());
            }
            case Double d -> {
                out.writeByte(DOUBLE);
                out.writeLong(Double.doubleToRawLongBits(d));
            }
            case Boolean b -> out.writeByte(b ? TRUE : FALSE);
            default -> throw new IOException(where + ": a value of type " + value.getClass().getName()
                    + " that profile images do not hold");
        }
    }

    private static Object value(DataInputStream in) throws IOException {
        byte tag = in.readByte();
        switch (tag) {
            case MAP -> {
                int n = in.readInt();
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    String key = in.readUTF();
                    map.put(key, value(in));
                }
                return map;
            }
            case LIST -> {
                int n = in.readInt();
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(value(in));
                }
                return list;
            }
            case TEXT -> {
                return in.readUTF();
            }
            case INT -> {
                return in.readInt();
            }
            case LONG -> {
                return in.readLong();
            }
            case BIG -> {
                return new BigInteger(in.readUTF());
            }
            case DOUBLE -> {
                return Double.longBitsToDouble(in.readLong());
            }
            case TRUE -> {
                return Boolean.TRUE;
            }
            case FALSE -> {
                return Boolean.FALSE;
            }
            case NULL -> {
                return null;
            }
            default -> throw new IOException("not a profile image (value tag " + tag + ")");
        }
    }
}
