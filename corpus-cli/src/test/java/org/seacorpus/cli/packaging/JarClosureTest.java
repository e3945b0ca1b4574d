package org.seacorpus.cli.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JarClosure on a small jar compiled here: every way a class is reached in the libraries of the CLI jar keeps it
 * (a direct reference, a class name in a string, a service file, a package prefix a name is built on, a resource
 * bundle's locale variants, an interface's {@code Impl}, a {@code --keep} pattern), a class nothing reaches goes,
 * and what stays is byte for byte what was there.
 */
class JarClosureTest {
    @TempDir
    Path tmp;

    private static final Map<String, String> SOURCES = new TreeMap<>(Map.ofEntries(
            Map.entry("app/Main", "package app; public class Main { static lib.Attribute attribute; public static void main(String[] a) throws Exception {"
                    + " new lib.Direct(); Class.forName(\"lib.ByName\"); Class.forName(\"lib.plugins.\" + a[0]);"
                    + " java.util.ResourceBundle.getBundle(\"lib.Messages\"); } }"),
            Map.entry("lib/Direct", "package lib; public class Direct { Helper helper; }"),
            Map.entry("lib/Helper", "package lib; public class Helper { }"),
            Map.entry("lib/ByName", "package lib; public class ByName { }"),
            Map.entry("lib/Service", "package lib; public interface Service { }"),
            Map.entry("lib/ServiceImplementation", "package lib; public class ServiceImplementation implements Service { }"),
            Map.entry("lib/plugins/Thai", "package lib.plugins; public class Thai { }"),
            Map.entry("lib/plugins/Khmer", "package lib.plugins; public class Khmer { }"),
            Map.entry("lib/Messages", "package lib; public class Messages extends java.util.ListResourceBundle {"
                    + " protected Object[][] getContents() { return new Object[0][]; } }"),
            Map.entry("lib/Messages_th", "package lib; public class Messages_th extends Messages { }"),
            Map.entry("lib/Attribute", "package lib; public interface Attribute { }"),
            Map.entry("lib/AttributeImpl", "package lib; public class AttributeImpl implements Attribute { }"),
            Map.entry("lib/Unused", "package lib; public class Unused { Helper helper; }"),
            Map.entry("lib/unused/Nothing", "package lib.unused; public class Nothing { }"),
            Map.entry("templates/Page", "package templates; public class Page { }")));

    @Test
    void keepsWhatIsReachedAndOnlyThat() throws Exception {
        Path classes = compile();
        Path jar = tmp.resolve("app.jar");
        Map<String, byte[]> before = new TreeMap<>();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "app.Main");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
            for (String dir : List.of("app/", "lib/", "lib/plugins/", "lib/unused/", "templates/", "META-INF/services/")) {
                zip.putNextEntry(new ZipEntry(dir));
                zip.closeEntry();
            }
            for (String name : SOURCES.keySet()) {
                byte[] bytes = Files.readAllBytes(classes.resolve(name + ".class"));
                put(zip, name + ".class", bytes, before);
            }
            put(zip, "META-INF/services/lib.Service", "lib.ServiceImplementation\n".getBytes(StandardCharsets.UTF_8),
                    before);
            put(zip, "data/readme.txt", "ข้าวหอมมะลิ: nothing here names a class".getBytes(StandardCharsets.UTF_8),
                    before);
        }

        JarClosure.Result result = JarClosure.reduce(jar, List.of(JarClosure.glob("templates/**")));

        assertThat(result.dropped()).containsExactlyInAnyOrder("lib/Unused", "lib/unused/Nothing");
        assertThat(result.kept()).containsExactlyInAnyOrder("app/Main", "lib/Direct", "lib/Helper", "lib/ByName",
                "lib/Service", "lib/ServiceImplementation", "lib/plugins/Thai", "lib/plugins/Khmer", "lib/Messages",
                "lib/Messages_th", "lib/Attribute", "lib/AttributeImpl", "templates/Page");
        Map<String, byte[]> after = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    after.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        assertThat(after).doesNotContainKeys("lib/Unused.class", "lib/unused/Nothing.class", "lib/unused/")
                .containsKeys("lib/plugins/", "META-INF/MANIFEST.MF");
        before.keySet().removeAll(List.of("lib/Unused.class", "lib/unused/Nothing.class"));
        for (Map.Entry<String, byte[]> e : before.entrySet()) {
            assertThat(after.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(result.entriesAfter()).isEqualTo(result.entriesBefore() - 3);
    }

    @Test
    void descriptorsAndSignaturesNameTheirClasses() {
        var names = new JarClosure.Names(java.util.Set.of("a/b/C", "a/b/D", "a/b/E", "x/Y"), java.util.Set.of("a/b", "x"));
        java.util.Set<String> found = new java.util.HashSet<>();
        java.util.Set<String> packages = new java.util.HashSet<>();
        names.scan("(IJLa/b/C;[La/b/D;)Ljava/util/List<La/b/E;>;", found, packages);
        assertThat(found).containsExactlyInAnyOrder("a/b/C", "a/b/D", "a/b/E");
        assertThat(packages).isEmpty();
        found.clear();
        names.scan("x.Y.method and x.", found, packages);
        assertThat(found).containsExactly("x/Y");
        assertThat(packages).containsExactly("x");
    }

    private static void put(JarOutputStream zip, String name, byte[] bytes, Map<String, byte[]> into) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
        into.put(name, bytes);
    }

    private Path compile() throws IOException {
        Path src = tmp.resolve("src");
        Path out = Files.createDirectories(tmp.resolve("classes"));
        List<String> args = new java.util.ArrayList<>(List.of("-d", out.toString(), "--release", "21"));
        for (Map.Entry<String, String> e : SOURCES.entrySet()) {
            Path file = src.resolve(e.getKey() + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
            args.add(file.toString());
        }
        int code = ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new));
        assertThat(code).isZero();
        return out;
    }
}
