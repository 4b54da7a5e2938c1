package io.countersign.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.core.Sha256;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentStoreTest {
    @TempDir
    Path root;

    @Test
    void contentIsStoredUnderItsHashOnce() throws Exception {
        ContentStore store = new ContentStore(root);
        byte[] bytes = "a PDF, say".getBytes(StandardCharsets.UTF_8);

        Blob first = store.put(bytes);
        Blob second = store.put(new ByteArrayInputStream(bytes), 100);

        assertThat(first).isEqualTo(second);
        assertThat(first.sha256()).isEqualTo(Sha256.hex(bytes));
        assertThat(store.path(first.sha256())).isEqualTo(root.resolve(first.sha256().substring(0, 2)).resolve(first.sha256().substring(2, 4))
                .resolve(first.sha256()));
        assertThat(store.read(first.sha256())).isEqualTo(bytes);
        assertThat(files()).hasSize(1);
        assertThat(Files.getPosixFilePermissions(store.path(first.sha256()))).as("stored files are read-only")
                .doesNotContain(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void contentOverTheLimitLeavesNothingBehind() throws Exception {
        ContentStore store = new ContentStore(root);

        assertThatThrownBy(() -> store.put(new ByteArrayInputStream(new byte[101]), 100)).isInstanceOf(ContentStore.TooLargeException.class);
        assertThat(files()).isEmpty();
    }

    @Test
    void aWriterThatFailsLeavesNothingBehind() throws Exception {
        ContentStore store = new ContentStore(root);

        assertThatThrownBy(() -> store.put(out -> {
            out.write(new byte[1000]);
            throw new java.io.IOException("disk gone");
        })).hasMessageContaining("disk gone");
        assertThat(files()).isEmpty();
    }

    @Test
    void tempFilesOfACrashedProcessAreClearedAtStart() throws Exception {
        Files.createDirectories(root.resolve("tmp"));
        Files.write(root.resolve("tmp").resolve("put123.part"), new byte[10]);

        new ContentStore(root);

        assertThat(root.resolve("tmp")).isEmptyDirectory();
    }

    private Stream<Path> files() throws Exception {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).toList().stream();
        }
    }
}
