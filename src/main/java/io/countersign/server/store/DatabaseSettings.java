package io.countersign.server.store;

import java.nio.file.Path;

/**
 * Where the registry lives: a JDBC URL with its user and password. {@link #embedded(Path)} is the
 * zero-set-up default, an H2 database in files under the data folder.
 */
public record DatabaseSettings(String url, String user, String password) {

    public DatabaseSettings {
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the database must be H2 (jdbc:h2:…) or PostgreSQL (jdbc:postgresql://…), not " + url);
        }
    }

    /** H2 in file mode under {@code dataDir/db}; the process that opens it holds it until it closes it. */
    public static DatabaseSettings embedded(Path dataDir) {
        return new DatabaseSettings("jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("db").resolve("countersign")
                + ";DB_CLOSE_ON_EXIT=FALSE", "countersign", "");
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The URL without credentials that may be written into it, for printing. */
    public String describe() {
        String shown = url.replaceAll("(?i)(password|pass|pwd)=[^&;]*", "$1=***");
        return (isPostgres() ? "PostgreSQL " : "H2 ") + shown;
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + describe() + ", user=" + user + "]";
    }
}
