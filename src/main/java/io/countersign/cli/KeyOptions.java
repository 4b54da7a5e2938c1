package io.countersign.cli;

import io.countersign.Countersign;
import io.countersign.signing.PasswordSource;
import io.countersign.signing.SigningKey;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Options that open a PKCS#12 signing key: {@code --alias}, and the password from
 * {@code --password-file} or {@code --password-env}, else a prompt on the terminal. A password
 * given as an argument is refused (it would show in the process list and the shell history).
 * Mix into any command that signs ({@code sign}, {@code settlement --sign}).
 */
final class KeyOptions {

    @Option(names = "--alias", paramLabel = "ALIAS", description = "the key to use when the keystore holds several")
    String alias;

    @Option(names = "--password-file", paramLabel = "FILE", description = "read the keystore password from the first line of FILE")
    Path passwordFile;

    @Option(names = "--password-env", paramLabel = "VARIABLE", description = "read the keystore password from an environment variable")
    String passwordEnv;

    /** Accepted only to refuse it with a useful message instead of "unknown option". */
    @Option(names = "--password", hidden = true, arity = "0..1")
    String passwordArgument;

    /** Opens the key in {@code keystore}, asking for the password where the options say. */
    SigningKey load(Path keystore) {
        if (passwordArgument != null) {
            passwordArgument = null;
            throw new UnusableInputException("a password is never taken as a command-line argument (others can read it in the process list and"
                    + " it stays in the shell history) — use --password-file FILE, --password-env VARIABLE, or type it at the prompt");
        }
        if (passwordFile != null && passwordEnv != null) {
            throw new UnusableInputException("give either --password-file or --password-env, not both");
        }
        PasswordSource source = passwordFile != null ? PasswordSource.file(passwordFile)
                : passwordEnv != null ? PasswordSource.environment(passwordEnv)
                : PasswordSource.prompt("Password for " + keystore + ": ");
        return Countersign.signingKey(keystore, source, Optional.ofNullable(alias));
    }
}
