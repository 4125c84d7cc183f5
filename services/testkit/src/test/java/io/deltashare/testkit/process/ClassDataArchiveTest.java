package io.deltashare.testkit.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {

    @TempDir
    Path dir;

    @Test
    void theFirstRunWritesTheArchiveAndTheNextRunsUseItUntilTheApplicationChanges() throws IOException {
        Path application = Files.createDirectories(dir.resolve("app"));
        Files.writeString(application.resolve("app.jar"), "build 1");
        Path archive = dir.resolve("class-data/app.jsa");

        assertThat(ClassDataArchive.jvmOptions(archive, application))
                .containsExactly("-XX:ArchiveClassesAtExit=" + archive);
        assertThat(ClassDataArchive.jvmOptions(archive, application))
                .as("no archive yet (the first run was killed): write it again")
                .containsExactly("-XX:ArchiveClassesAtExit=" + archive);

        Files.write(archive, new byte[4096]);
        assertThat(ClassDataArchive.jvmOptions(archive, application))
                .as("a run killed while writing: the header, written last, is missing")
                .containsExactly("-XX:ArchiveClassesAtExit=" + archive);

        writeFinishedArchive(archive);
        assertThat(ClassDataArchive.jvmOptions(archive, application))
                .containsExactly("-XX:SharedArchiveFile=" + archive);

        Files.writeString(application.resolve("app.jar"), "build 2");
        Files.setLastModifiedTime(application.resolve("app.jar"), FileTime.fromMillis(0));
        assertThat(ClassDataArchive.jvmOptions(archive, application))
                .as("a new build")
                .containsExactly("-XX:ArchiveClassesAtExit=" + archive);
        assertThat(archive).as("the old build's archive is gone").doesNotExist();
    }

    @Test
    void anArchiveThatCannotBePreparedIsLeftOutAndTheJvmStartsWithoutOne() throws IOException {
        Path application = Files.createDirectories(dir.resolve("app"));
        Files.writeString(application.resolve("app.jar"), "build 1");
        Path notADirectory = Files.writeString(dir.resolve("class-data"), "a file where the directory would go");

        assertThat(ClassDataArchive.jvmOptions(notADirectory.resolve("app.jsa"), application))
                .isEmpty();
        assertThat(ClassDataArchive.jvmOptions(dir.resolve("archives/app.jsa"), dir.resolve("no-such-application")))
                .isEmpty();
    }

    @Test
    void aRealJvmWritesTheArchiveAtExitAndLoadsItsClassesFromItNextTime() throws Exception {
        Path application = Files.createDirectories(dir.resolve("app"));
        Path jar = application.resolve("hello.jar");
        writeJarOf(Hello.class, jar);
        Path archive = dir.resolve("class-data/hello.jsa");

        assertThat(run(ClassDataArchive.jvmOptions(archive, jar.getParent()), jar))
                .contains("hello");
        assertThat(archive).isNotEmptyFile();

        List<String> next = new ArrayList<>(ClassDataArchive.jvmOptions(archive, application));
        assertThat(next).containsExactly("-XX:SharedArchiveFile=" + archive);
        next.add("-Xshare:on"); // fail rather than start without the archive
        next.add("-Xlog:class+load=info");
        assertThat(run(next, jar))
                .contains("hello")
                .containsPattern(Hello.class.getName().replace("$", "\\$") + " source: shared objects file \\(top\\)");
    }

    /** What a finished archive starts with: the dynamic archive's magic number, in the machine's byte order. */
    private static void writeFinishedArchive(Path archive) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(4096).order(ByteOrder.nativeOrder());
        header.putInt(0xf00baba8);
        Files.write(archive, header.array());
    }

    private static String run(List<String> options, Path jar) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-jar", jar.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static void writeJarOf(Class<?> main, Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, main.getName());
        String entry = main.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream bytes = main.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            bytes.transferTo(out);
            out.closeEntry();
        }
    }

    /** The application of the JVM test: one class, which the archive holds after the first run. */
    public static final class Hello {
        public static void main(String[] args) {
            System.out.println("hello");
        }
    }
}
