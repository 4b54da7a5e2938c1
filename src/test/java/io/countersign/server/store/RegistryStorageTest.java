package io.countersign.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.signoff.Verdict;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The registry on H2 and on PostgreSQL: the same schema, the same answers, races decided by the database. */
class RegistryStorageTest {
    @TempDir
    Path dir;
    DatabaseSettings settings;
    Database db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
        if (settings != null) {
            TestDatabases.drop(settings);
        }
    }

    private DocumentRegistry open(String kind) {
        settings = TestDatabases.fresh(kind, dir);
        Migrations.migrate(settings);
        db = new Database(settings, 8);
        return new DocumentRegistry(db, Clock.systemUTC());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void migrationsRunOnceAndThenFindNothingToDo(String kind) {
        settings = TestDatabases.fresh(kind, dir);

        assertThat(Migrations.migrate(settings)).isGreaterThan(0);
        assertThat(Migrations.migrate(settings)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aRevisionIsRegisteredOnceAndFoundAgainByItsFingerprint(String kind) {
        DocumentRegistry registry = open(kind);

        DocumentRegistry.Outcome first = registry.issue(revision("d1", 1, "fp-a"), false);
        DocumentRegistry.Outcome again = registry.issue(revision("d1", 1, "fp-a"), false);

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.revision()).isEqualTo(first.revision());
        assertThat(registry.files("d1")).extracting(Rows.File::name).containsExactly("d1-r1.pdf");
        assertThat(registry.history("d1")).extracting(Rows.Event::type).containsExactly("issued");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void otherContentUnderARegisteredRevisionIsAConflictUnlessReplacing(String kind) {
        DocumentRegistry registry = open(kind);
        registry.issue(revision("d1", 1, "fp-a"), false);

        assertThatThrownBy(() -> registry.issue(revision("d1", 1, "fp-b"), false)).isInstanceOf(RevisionConflictException.class)
                .hasMessageContaining("revision 1 was already issued with other content");
        DocumentRegistry.Outcome replaced = registry.issue(revision("d1", 1, "fp-b"), true);
        assertThat(replaced.created()).isTrue();
        assertThat(replaced.revision().fingerprint()).isEqualTo("fp-b");
        assertThat(registry.history("d1")).extracting(Rows.Event::type).containsExactly("issued", "reissued");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void concurrentRegistrationsOfOneRevisionCreateItOnce(String kind) throws Exception {
        DocumentRegistry registry = open(kind);

        List<DocumentRegistry.Outcome> outcomes = race(12, () -> registry.issue(revision("d1", 1, "fp-a"), false));

        assertThat(outcomes).filteredOn(DocumentRegistry.Outcome::created).hasSize(1);
        assertThat(registry.revisions("d1")).hasSize(1);
        assertThat(registry.files("d1")).hasSize(1);
        assertThat(registry.history("d1")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void concurrentRevisionsOfOneDocumentAreAllKeptAndTheLatestCounts(String kind) throws Exception {
        DocumentRegistry registry = open(kind);
        List<Integer> numbers = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6));

        race(6, () -> {
            int n;
            synchronized (numbers) {
                n = numbers.remove(0);
            }
            return registry.issue(revision("d1", n, "fp-" + n), false);
        });

        assertThat(registry.revisions("d1")).extracting(Rows.Revision::revision).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(registry.document("d1").orElseThrow().latestRevision()).isEqualTo(6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aReturnOfTheLatestRevisionSetsTheStatusAndTheSameFileIsOneReturn(String kind) {
        DocumentRegistry registry = open(kind);
        registry.issue(revision("d1", 1, "fp-1"), false);
        registry.issue(revision("d1", 2, "fp-2"), false);

        var old = registry.recordReturn("d1", 1, sha('a'), Verdict.CONFIRMED.name(), sha('b'), seq -> List.of(), "r1 back");
        assertThat(registry.document("d1").orElseThrow().status()).as("r1 is not the latest").isEqualTo(DocumentStatus.ISSUED);
        var latest = registry.recordReturn("d1", 2, sha('c'), Verdict.CHANGES_REQUESTED.name(), sha('d'),
                seq -> List.of(new NewRevision.NewFile("d1-r2-return-" + seq + ".pdf", "application/pdf", new Blob(sha('c'), 3))), "r2 back");
        var twice = registry.recordReturn("d1", 2, sha('c'), Verdict.CHANGES_REQUESTED.name(), sha('d'), seq -> List.of(), "r2 again");

        assertThat(old.row().seq()).isEqualTo(1);
        assertThat(latest.row().seq()).isEqualTo(2);
        assertThat(twice.created()).isFalse();
        assertThat(registry.returns("d1")).hasSize(2);
        assertThat(registry.document("d1").orElseThrow().status()).isEqualTo(DocumentStatus.CHANGES_REQUESTED);
        assertThat(registry.file("d1", "d1-r2-return-2.pdf")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void documentsAreFoundByPoPiStatusAndKind(String kind) {
        DocumentRegistry registry = open(kind);
        registry.issue(revision("a", 1, "x", "pi", "PI-1", "PO-1"), false);
        registry.issue(revision("b", 1, "x", "pi", "PI-2", "PO-1"), false);
        registry.issue(revision("c", 1, "x", "settlement", "PI-1", "PO-1"), false);
        registry.recordReturn("b", 1, sha('e'), Verdict.CONFIRMED.name(), sha('f'), seq -> List.of(), "");

        assertThat(ids(registry, query(Optional.of("PO-1"), Optional.empty(), Optional.empty(), Optional.empty()))).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(ids(registry, query(Optional.empty(), Optional.of("PI-1"), Optional.empty(), Optional.empty()))).containsExactlyInAnyOrder("a", "c");
        assertThat(ids(registry, query(Optional.empty(), Optional.empty(), Optional.of(DocumentStatus.CONFIRMED), Optional.empty()))).containsExactly("b");
        assertThat(ids(registry, query(Optional.empty(), Optional.of("PI-1"), Optional.empty(), Optional.of("settlement")))).containsExactly("c");
        assertThat(registry.find(new DocumentQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 2, 0))).hasSize(2);
        assertThat(registry.find(new DocumentQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 2, 2))).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void whatIsRegisteredIsThereAfterReopening(String kind) {
        DocumentRegistry registry = open(kind);
        registry.issue(revision("d1", 1, "fp-a"), false);
        registry.recordReturn("d1", 1, sha('a'), Verdict.INCOMPLETE.name(), sha('b'), seq -> List.of(), "back");
        String key = new ApiKeys(db, Clock.systemUTC()).create("erp");
        db.close();

        db = new Database(settings, 2);
        DocumentRegistry reopened = new DocumentRegistry(db, Clock.systemUTC());

        assertThat(reopened.document("d1").orElseThrow().status()).isEqualTo(DocumentStatus.INCOMPLETE);
        assertThat(reopened.returns("d1")).hasSize(1);
        assertThat(new ApiKeys(db, Clock.systemUTC()).verify(key)).map(ApiKeys.Caller::name).contains("erp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void apiKeysAreStoredOnlyAsTheirHash(String kind) {
        open(kind);
        ApiKeys keys = new ApiKeys(db, Clock.systemUTC());

        String key = keys.create("erp");

        assertThat(key).matches("cs_[A-Za-z0-9_-]{43}");
        List<String> stored = db.inTransaction(c -> DocumentRegistry.query(c, "SELECT key_sha256 FROM api_keys", rs -> rs.getString(1)));
        assertThat(stored).hasSize(1).doesNotContain(key);
        assertThat(stored.get(0)).isEqualTo(io.countersign.core.Sha256.hex(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(keys.verify(key)).isPresent();
        assertThat(keys.verify(key.substring(0, key.length() - 1) + (key.endsWith("A") ? "B" : "A"))).isEmpty();
        assertThatThrownBy(() -> keys.create("erp")).hasMessageContaining("exists already");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void unfinishedJobsAreListedForResuming(String kind) {
        open(kind);
        JobStore jobs = new JobStore(db, Clock.systemUTC());
        jobs.create("00000000-0000-0000-0000-000000000001", "sticker", "fp", "skus.csv", "{}", java.util.Optional.empty());
        jobs.create("00000000-0000-0000-0000-000000000002", "sticker", "fp2", "skus.csv", "{}", java.util.Optional.empty());
        jobs.running("00000000-0000-0000-0000-000000000001");
        jobs.finish("00000000-0000-0000-0000-000000000002", new JobStore.Finish(JobStore.State.DONE, Optional.of("d"), Optional.empty(),
                Optional.empty(), 3, 1, 0, 0));

        assertThat(jobs.unfinished()).extracting(JobStore.Job::id).containsExactly("00000000-0000-0000-0000-000000000001");
        assertThat(jobs.sameRequest("fp2")).map(JobStore.Job::rendered).contains(3);
    }

    private static <T> List<T> race(int n, Callable<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return work.call();
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> ids(DocumentRegistry r, DocumentQuery q) {
        return r.find(q).stream().map(Rows.Document::id).toList();
    }

    private static DocumentQuery query(Optional<String> po, Optional<String> pi, Optional<DocumentStatus> status, Optional<String> kind) {
        return new DocumentQuery(po, pi, status, kind, 100, 0);
    }

    private static NewRevision revision(String id, int rev, String fingerprint) {
        return revision(id, rev, fingerprint, "pi", "PI-" + id, "PO-" + id);
    }

    private static NewRevision revision(String id, int rev, String fingerprint, String kind, String pi, String po) {
        return new NewRevision(id, kind, pi, pi, po, "TITLE " + id, rev, fingerprint, sha('0'), sha('1'), 3, Instant.parse("2026-08-15T00:00:00Z"),
                List.of(new NewRevision.NewFile(id + "-r" + rev + ".pdf", "application/pdf", new Blob(sha('2'), 10))), "issued " + id);
    }

    private static String sha(char c) {
        return String.valueOf(c).repeat(64);
    }
}
