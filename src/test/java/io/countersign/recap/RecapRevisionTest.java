package io.countersign.recap;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.Countersign;
import io.countersign.pi.PiOptions;
import io.countersign.pi.ProformaInvoice;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The recap of a revision repeats, per number, what changed since the previous one — in both bodies. */
class RecapRevisionTest {
    private static final Path SAMPLES = Path.of("samples", "pi");

    @Test
    void eachNumberSaysWhatChangedSinceThePreviousRevision() {
        ProformaInvoice r1 = Countersign.readPi(SAMPLES.resolve("paper-boxes.yaml"));
        ProformaInvoice r2 = Countersign.readPi(SAMPLES.resolve("paper-boxes-r2.yaml"));

        Recap recap = Recap.of(r2, PiOptions.defaults().withPrevious(r1));

        assertThat(recap.text()).contains("Changed since revision 1: quantity 1200 → 2400").contains("Unchanged since revision 1");
        assertThat(recap.html()).contains("Changed since revision 1: quantity 1200 → 2400");
    }

    @Test
    void aFirstRevisionHasNoRevisionNotes() {
        Recap recap = Recap.of(Countersign.readPi(SAMPLES.resolve("paper-boxes.yaml")), PiOptions.defaults());

        assertThat(recap.text()).doesNotContain("since revision");
    }
}
