package dev.ride.shell.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output held back for a big result: in memory, then in a temp file nobody sees, copied out whole and in order. */
class SpooledBytesTest {

    @TempDir
    Path tempDir;

    private long filesIn(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    /** Text with multi-byte characters, so chunk edges fall inside characters. */
    private static String text(int lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            text.append(i).append("|ü漢😀").append("x".repeat(i % 97)).append('\n');
        }
        return text.toString();
    }

    @Test
    void keepsALittleInMemory() throws Exception {
        try (SpooledBytes held = new SpooledBytes(1 << 20, tempDir)) {
            held.write("a|b\n".getBytes(StandardCharsets.UTF_8));
            assertThat(held.spilled()).isFalse();
            StringWriter copy = new StringWriter();
            held.copyTo(copy);
            assertThat(copy).hasToString("a|b\n");
        }
    }

    @Test
    void spillsToAnUnlinkedFileAndCopiesEveryByteAsBytesOrAsText() throws Exception {
        String text = text(40_000);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try (SpooledBytes held = new SpooledBytes(64 << 10, tempDir)) {
            for (int at = 0; at < bytes.length; at += 1000) {
                held.write(bytes, at, Math.min(1000, bytes.length - at));
            }
            assertThat(held.spilled()).isTrue();
            assertThat(held.size()).isEqualTo(bytes.length);
            // removed as soon as it is opened: nothing is left behind even if the JVM dies
            assertThat(filesIn(tempDir)).isZero();

            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            Utf8Output asBytes = new Utf8Output(stream);
            held.copyTo(asBytes);
            assertThat(stream.toByteArray()).isEqualTo(bytes);

            StringWriter asText = new StringWriter();
            held.copyTo(asText);
            assertThat(asText).hasToString(text);
        }
        assertThat(filesIn(tempDir)).isZero();
    }
}
