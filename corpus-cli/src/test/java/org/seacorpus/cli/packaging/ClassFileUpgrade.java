package org.seacorpus.cli.packaging;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites class files older than Java 6 (major version below 50) as Java 8 class files (version 52) with the stack
 * map frames that version carries, so that the JVM's start-up cache can hold them.
 *
 * <p>Why: JDK 25's AOT cache (JEP 483/514) links the classes it stores, and a class of version 49 or older can only
 * be checked by the old type-inferring verifier, so the JVM leaves it out ("Old class has been linked"), and with it
 * every class that names one. picocli ships Java 5 class files: without this every run of the CLI parsed and
 * verified its 177 classes again (docs/benchmarks.md, start-up, session 8).
 *
 * <p>What changes: the version number and a {@code StackMapTable} per method (ASM's frame computation, which also
 * recomputes each method's maximum stack and locals). The instructions, constants, members and attributes are the
 * same. A class is left as it was when it cannot be rewritten soundly: it uses {@code jsr}/{@code ret} (not allowed
 * from version 51), or computing its frames needs the super type of a class that neither the jar nor the JDK holds.
 * Super types are read from the jar's own class files (not by loading classes) and, for the JDK's, from the running
 * JDK's class files.
 */
final class ClassFileUpgrade {
    /** The version written: Java 8, the oldest that the AOT cache takes and that needs no further change. */
    static final int TARGET = Opcodes.V1_8;
    /** Versions below this one are rewritten (Java 6 brought stack map frames). */
    static final int FIRST_WITH_FRAMES = 50;

    private final Function<String, byte[]> jarClass;
    private final Map<String, Node> nodes = new HashMap<>();

    /** @param jarClass the bytes of a class of the jar by its slashed name, or null when the jar has none */
    ClassFileUpgrade(Function<String, byte[]> jarClass) {
        this.jarClass = jarClass;
    }

    /** The major version of a class file. */
    static int majorVersion(byte[] classFile) {
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    /** True when {@code classFile} is older than Java 6 and so is a candidate for {@link #upgrade}. */
    static boolean isOld(byte[] classFile) {
        return classFile.length > 8 && majorVersion(classFile) < FIRST_WITH_FRAMES;
    }

    /**
     * The class rewritten as version 52 with frames, or {@code classFile} itself when it is not
     * old or cannot be rewritten (see the class comment).
     */
    byte[] upgrade(byte[] classFile) {
        if (!isOld(classFile)) {
            return classFile;
        }
        try {
            ClassWriter writer = new HierarchyWriter();
            new ClassReader(classFile).accept(new ToTarget(writer), 0);
            return writer.toByteArray();
        } catch (CannotUpgrade e) {
            return classFile;
        }
    }

    /** Why a class stays as it was. */
    private static final class CannotUpgrade extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CannotUpgrade(String message) {
            super(message, null, false, false);
        }
    }

    /** Sets the version and refuses subroutines. */
    private static final class ToTarget extends ClassVisitor {
        ToTarget(ClassVisitor next) {
            super(Opcodes.ASM9, next);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                          String[] interfaces) {
            super.visit(TARGET, access, name, signature, superName, interfaces);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                @Override
                public void visitJumpInsn(int opcode, Label label) {
                    if (opcode == Opcodes.JSR) {
                        throw new CannotUpgrade("jsr");
                    }
                    super.visitJumpInsn(opcode, label);
                }

                @Override
                public void visitVarInsn(int opcode, int varIndex) {
                    if (opcode == Opcodes.RET) {
                        throw new CannotUpgrade("ret");
                    }
                    super.visitVarInsn(opcode, varIndex);
                }
            };
        }
    }

    /** A class's super class and whether it is an interface, as its class file says. */
    record Node(String superName, boolean isInterface) {
    }

    /**
     * Frames need the common super class of two types where paths merge; ASM's default finds it by loading the
     * classes, which would need the jar on the class path and run nothing of it but still couple the build to it.
     * Here it is found from the class files.
     */
    private final class HierarchyWriter extends ClassWriter {
        HierarchyWriter() {
            super(COMPUTE_FRAMES);
        }

        @Override
        protected String getCommonSuperClass(String type1, String type2) {
            if (type1.equals(type2)) {
                return type1;
            }
            Node n1 = node(type1);
            Node n2 = node(type2);
            if (n1.isInterface() || n2.isInterface()) {
                // the verifier treats every interface type as Object
                return "java/lang/Object";
            }
            List<String> supers1 = supers(type1);
            for (String t = type2; t != null; t = node(t).superName()) {
                if (supers1.contains(t)) {
                    return t;
                }
            }
            return "java/lang/Object";
        }

        private List<String> supers(String type) {
            List<String> out = new ArrayList<>();
            for (String t = type; t != null; t = node(t).superName()) {
                out.add(t);
            }
            return out;
        }
    }

    private Node node(String type) {
        Node node = nodes.get(type);
        if (node == null) {
            node = read(type);
            nodes.put(type, node);
        }
        return node;
    }

    private Node read(String type) {
        byte[] bytes = jarClass.apply(type);
        if (bytes == null) {
            bytes = jdkClass(type);
        }
        if (bytes == null) {
            throw new CannotUpgrade("no class file for " + type);
        }
        return header(bytes, type);
    }

    /**
     * The super class and the interface flag from a class file's header, read by hand (not with ASM's reader,
     * which refuses class files newer than the ASM release knows, such as the running JDK's own).
     */
    static Node header(byte[] classFile, String type) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
            if (in.readInt() != 0xCAFEBABE) {
                throw new IOException("not a class file");
            }
            in.skipNBytes(4);
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            int[] classNameIndex = new int[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 7 -> classNameIndex[i] = in.readUnsignedShort();
                    case 3, 4 -> in.skipNBytes(4);
                    case 5, 6 -> {
                        in.skipNBytes(8);
                        i++;
                    }
                    case 8, 16, 19, 20 -> in.skipNBytes(2);
                    case 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                    case 15 -> in.skipNBytes(3);
                    default -> throw new IOException("constant pool tag " + tag + " at " + i);
                }
            }
            int access = in.readUnsignedShort();
            in.skipNBytes(2);
            int superClass = in.readUnsignedShort();
            return new Node(superClass == 0 ? null : utf8[classNameIndex[superClass]],
                    (access & Opcodes.ACC_INTERFACE) != 0);
        } catch (IOException | RuntimeException e) {
            throw new CannotUpgrade("cannot read the header of " + type + ": " + e.getMessage());
        }
    }

    /** A class file of the running JDK (its modules image), or null. */
    private static byte[] jdkClass(String type) {
        try (InputStream in = ClassLoader.getPlatformClassLoader().getResourceAsStream(type + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new CannotUpgrade("cannot read " + type + ": " + e.getMessage());
        }
    }
}
