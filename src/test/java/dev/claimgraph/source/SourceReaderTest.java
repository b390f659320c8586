package dev.claimgraph.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {

    @TempDir
    Path dir;

    private final SourceReader reader = new SourceReader();

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    @Test
    void choosesTheFormatFromNameAndContent() throws SourceException {
        assertThat(reader.read("a/b/x.json", "{\"title\": \"T\"}").format()).isEqualTo(SourceFormat.JSON);
        assertThat(reader.read("x.txt", "  {\"title\": \"T\"}").format()).isEqualTo(SourceFormat.JSON);
        assertThat(reader.read("x.md", "Just text.").format()).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(reader.read("x.txt", "# Heading\ntext").format()).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(reader.read("x.txt", "a | b\n---|---\n1 | 2").format()).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(reader.read("x", "text\n<table><tr><td>1</td></tr></table>").format())
                .isEqualTo(SourceFormat.MARKDOWN);
        assertThat(reader.read("x.txt", "Paper Title\n\nX\n").format()).isEqualTo(SourceFormat.NOTES);
        assertThat(reader.read("dir/x.txt", "Paper Title\n\nX\n").name()).isEqualTo("x.txt");
    }

    @Test
    void readsFilesAndSkipsTheByteOrderMark() throws IOException, SourceException {
        byte[] body = "Title\n\nÉcole Model\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Document d = reader.read(write("bom.txt", withBom));
        assertThat(d.name()).isEqualTo("bom.txt");
        assertThat(d.text()).startsWith("Title");
        assertThat(d.metadata().title()).map(MetadataField::value).contains("École Model");
    }

    @Test
    void refusesInvalidUtf8WithByteAndLine() throws IOException {
        byte[] bytes = {'o', 'k', '\n', 'b', 'a', 'd', (byte) 0xC3, '(', '\n'};
        Path file = write("latin1.txt", bytes);
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(SourceException.class)
                .hasMessage("latin1.txt: line 2: invalid UTF-8 at byte 6")
                .satisfies(e -> {
                    assertThat(((SourceException) e).fileName()).isEqualTo("latin1.txt");
                    assertThat(((SourceException) e).line()).isEqualTo(2);
                });
    }

    @Test
    void refusesBinaryEmptyAndLargeFiles() throws IOException {
        Path binary = write("img.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        assertThatThrownBy(() -> reader.read(binary)).hasMessageStartingWith("img.txt: ").hasMessageContaining("binary file");
        Path control = write("ctl.txt", new byte[] {1, 2, 3, 4, 'a', 5, 6, 7});
        assertThatThrownBy(() -> reader.read(control)).hasMessageStartingWith("ctl.txt: ").hasMessageContaining("binary file");
        Path empty = write("empty.md", new byte[0]);
        assertThatThrownBy(() -> reader.read(empty)).hasMessage("empty.md: empty file");
        Path blank = write("blank.md", " \n\t\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> reader.read(blank)).hasMessage("blank.md: empty file");
        Path large = write("large.txt", "x".repeat(100).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new SourceReader(10).read(large))
                .hasMessage("large.txt: file too large (100 bytes, limit 10)");
        assertThatThrownBy(() -> reader.read("e.txt", "")).hasMessage("e.txt: empty file");
    }

    @Test
    void reportsMissingFilesAndDirectories() {
        assertThatThrownBy(() -> reader.read(dir.resolve("none.txt"))).isInstanceOf(SourceException.class)
                .hasMessageStartingWith("none.txt: file not found");
        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(SourceException.class)
                .hasMessageContaining("is a directory");
    }

    @Test
    void malformedJsonFileNamesTheLine() throws IOException {
        Path bad = write("bad.json", "{\n  \"title\": \"A\"\n  \"date\": \"2023\"\n}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> reader.read(bad)).isInstanceOf(SourceException.class)
                .hasMessageStartingWith("bad.json: line 3: malformed JSON");
    }
}
