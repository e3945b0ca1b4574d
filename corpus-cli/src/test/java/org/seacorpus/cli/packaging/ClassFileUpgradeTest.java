package org.seacorpus.cli.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * ClassFileUpgrade on Java 5 class files made here with ASM (javac no longer writes them): paths that merge
 * values of two classes of the jar, and of two JDK classes, get frames naming their common super class, and the
 * rewritten classes load under the JVM's type-checking verifier and give the answers the old ones give; a class
 * with a subroutine ({@code jsr}), or whose frames need a class the jar lacks, stays byte for byte as it was.
 */
class ClassFileUpgradeTest {
    private static final int JAVA_5 = Opcodes.V1_5;

    @Test
    void oldClassesBecomeJava8WithFramesAndBehaveTheSame() throws Exception {
        Map<String, byte[]> jar = jar();
        ClassFileUpgrade upgrade = new ClassFileUpgrade(jar::get);
        Map<String, byte[]> upgraded = new HashMap<>();
        jar.forEach((name, bytes) -> upgraded.put(name, upgrade.upgrade(bytes)));

        for (String name : new String[] {"old/Base", "old/Left", "old/Right", "old/Picker"}) {
            assertThat(ClassFileUpgrade.majorVersion(jar.get(name))).as(name).isEqualTo(49);
            assertThat(ClassFileUpgrade.majorVersion(upgraded.get(name))).as(name).isEqualTo(52);
        }
        Class<?> before = new BytesLoader(jar).loadClass("old.Picker");
        Class<?> after = new BytesLoader(upgraded).loadClass("old.Picker");
        for (boolean left : new boolean[] {true, false}) {
            assertThat(call(after, "pick", left)).isEqualTo(call(before, "pick", left))
                    .isEqualTo(left ? "left" : "right");
            assertThat(call(after, "size", left)).isEqualTo(call(before, "size", left)).isEqualTo(left ? 1 : 2);
        }
    }

    @Test
    void subroutinesAndMissingSuperTypesStayAsTheyWere() {
        Map<String, byte[]> jar = jar();
        ClassFileUpgrade upgrade = new ClassFileUpgrade(jar::get);
        byte[] subroutine = withSubroutine();
        assertThat(upgrade.upgrade(subroutine)).isSameAs(subroutine);
        byte[] orphanPicker = jar.get("old/OrphanPicker");
        assertThat(upgrade.upgrade(orphanPicker)).isSameAs(orphanPicker);
    }

    @Test
    void newerClassesAreNotTouched() {
        byte[] java8 = simpleClass("recent/Thing", "java/lang/Object", Opcodes.V1_8);
        assertThat(ClassFileUpgrade.isOld(java8)).isFalse();
        assertThat(new ClassFileUpgrade(n -> null).upgrade(java8)).isSameAs(java8);
    }

    private static Object call(Class<?> type, String method, boolean flag) throws Exception {
        Method m = type.getMethod(method, boolean.class);
        return m.invoke(null, flag);
    }

    /** The "jar": Base, Left and Right extending it, Orphan extending a class that is not there, and the pickers. */
    private static Map<String, byte[]> jar() {
        Map<String, byte[]> jar = new HashMap<>();
        jar.put("old/Base", named("old/Base", "java/lang/Object", "base"));
        jar.put("old/Left", named("old/Left", "old/Base", "left"));
        jar.put("old/Right", named("old/Right", "old/Base", "right"));
        jar.put("old/Orphan", simpleClass("old/Orphan", "missing/Gone", JAVA_5));
        jar.put("old/Picker", picker("old/Picker", "old/Left"));
        jar.put("old/OrphanPicker", picker("old/OrphanPicker", "old/Orphan"));
        return jar;
    }

    /** A class with a constructor and {@code String name()} returning {@code name}. */
    private static byte[] named(String type, String superType, String name) {
        ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        w.visit(JAVA_5, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, type, null, superType, null);
        constructor(w, superType);
        MethodVisitor m = w.visitMethod(Opcodes.ACC_PUBLIC, "name", "()Ljava/lang/String;", null, null);
        m.visitCode();
        m.visitLdcInsn(name);
        m.visitInsn(Opcodes.ARETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
        w.visitEnd();
        return w.toByteArray();
    }

    private static byte[] simpleClass(String type, String superType, int version) {
        ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        w.visit(version, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, type, null, superType, null);
        constructor(w, superType);
        w.visitEnd();
        return w.toByteArray();
    }

    /**
     * {@code pick(flag)}: {@code (flag ? new FIRST() : new Right())} held in a local, then its name (the paths merge
     * a FIRST and a Right: their common super class); {@code size(flag)}: {@code (flag ? new ArrayList() : new
     * LinkedList())}, with one element more on the second path, then its size (two JDK classes merge).
     */
    private static byte[] picker(String type, String first) {
        ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        w.visit(JAVA_5, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, type, null, "java/lang/Object", null);
        constructor(w, "java/lang/Object");

        MethodVisitor m = w.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "pick", "(Z)Ljava/lang/String;",
                null, null);
        m.visitCode();
        Label other = new Label();
        Label merge = new Label();
        m.visitVarInsn(Opcodes.ILOAD, 0);
        m.visitJumpInsn(Opcodes.IFEQ, other);
        newObject(m, first);
        m.visitVarInsn(Opcodes.ASTORE, 1);
        m.visitJumpInsn(Opcodes.GOTO, merge);
        m.visitLabel(other);
        newObject(m, "old/Right");
        m.visitVarInsn(Opcodes.ASTORE, 1);
        m.visitLabel(merge);
        m.visitVarInsn(Opcodes.ALOAD, 1);
        m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "old/Base", "name", "()Ljava/lang/String;", false);
        m.visitInsn(Opcodes.ARETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();

        m = w.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "size", "(Z)I", null, null);
        m.visitCode();
        other = new Label();
        merge = new Label();
        m.visitVarInsn(Opcodes.ILOAD, 0);
        m.visitJumpInsn(Opcodes.IFEQ, other);
        newObject(m, "java/util/ArrayList");
        m.visitJumpInsn(Opcodes.GOTO, merge);
        m.visitLabel(other);
        newObject(m, "java/util/LinkedList");
        m.visitInsn(Opcodes.DUP);
        m.visitLdcInsn("extra");
        m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/util/LinkedList", "add", "(Ljava/lang/Object;)Z", false);
        m.visitInsn(Opcodes.POP);
        m.visitLabel(merge);
        m.visitInsn(Opcodes.DUP);
        m.visitLdcInsn("one");
        m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/util/AbstractList", "add", "(Ljava/lang/Object;)Z", false);
        m.visitInsn(Opcodes.POP);
        m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/util/AbstractCollection", "size", "()I", false);
        m.visitInsn(Opcodes.IRETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
        w.visitEnd();
        return w.toByteArray();
    }

    /** A Java 5 class whose method calls a subroutine, as javac wrote {@code finally} before Java 6. */
    private static byte[] withSubroutine() {
        ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        w.visit(JAVA_5, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "old/Finally", null, "java/lang/Object", null);
        MethodVisitor m = w.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "run", "()V", null, null);
        m.visitCode();
        Label subroutine = new Label();
        m.visitJumpInsn(Opcodes.JSR, subroutine);
        m.visitInsn(Opcodes.RETURN);
        m.visitLabel(subroutine);
        m.visitVarInsn(Opcodes.ASTORE, 0);
        m.visitVarInsn(Opcodes.RET, 0);
        m.visitMaxs(0, 0);
        m.visitEnd();
        w.visitEnd();
        return w.toByteArray();
    }

    private static void constructor(ClassWriter w, String superType) {
        MethodVisitor m = w.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        m.visitCode();
        m.visitVarInsn(Opcodes.ALOAD, 0);
        m.visitMethodInsn(Opcodes.INVOKESPECIAL, superType, "<init>", "()V", false);
        m.visitInsn(Opcodes.RETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
    }

    private static void newObject(MethodVisitor m, String type) {
        m.visitTypeInsn(Opcodes.NEW, type);
        m.visitInsn(Opcodes.DUP);
        m.visitMethodInsn(Opcodes.INVOKESPECIAL, type, "<init>", "()V", false);
    }

    /** Defines the classes of a map of class files (the JVM verifies classes of such a loader). */
    private static final class BytesLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        BytesLoader(Map<String, byte[]> classes) {
            super(ClassFileUpgradeTest.class.getClassLoader());
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name.replace('.', '/'));
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
