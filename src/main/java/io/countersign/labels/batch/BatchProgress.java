package io.countersign.labels.batch;

/** Told how a batch advances; the command line draws a bar on a terminal and prints lines otherwise. */
public interface BatchProgress {
    /** {@code total} SKUs to render now; {@code unchanged} more were rendered by an earlier run and are kept. */
    void start(int total, int unchanged);

    /** {@code done} of {@code total} rendered (or failed). Called from worker threads, in order of completion. */
    void advance(int done, int total);

    /** What is being written after the sheets: the combined PDF, the index, the manifest. */
    void finishing(String what);

    BatchProgress SILENT = new BatchProgress() {
        @Override
        public void start(int total, int unchanged) {
        }

        @Override
        public void advance(int done, int total) {
        }

        @Override
        public void finishing(String what) {
        }
    };
}
