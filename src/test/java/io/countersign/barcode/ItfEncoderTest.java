package io.countersign.barcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.zxing.oned.ITFWriter;
import io.countersign.gs1.Gtin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ItfEncoderTest {

    /** ZXing's writer draws wide elements 3 modules wide; the element sequence must be the same as ours. */
    @ParameterizedTest
    @ValueSource(strings = {"10084631001022", "10036000291459", "00012345678905", "16901234567899", "98765432109876",
        "01234567890123", "55555555555555"})
    void elementSequenceMatchesZxingWriter(String digits) {
        assertThat(modulesAtThreeToOne(ItfEncoder.elements(digits))).isEqualTo(bits(new ITFWriter().encode(digits)));
    }

    @Test
    void startsWithFourNarrowElementsAndEndsWideNarrowNarrow() {
        String elements = ItfEncoder.elements(Gtin.parse("10084631001022"));
        assertThat(elements).startsWith("nnnn").endsWith("wnn").hasSize(4 + 7 * 10 + 3);
    }

    @Test
    void everyDigitHasTwoWideOfFive() {
        // digit pairs 00, 11 … 99: bars and spaces carry the same digit, so each half shows its pattern
        for (char d = '0'; d <= '9'; d++) {
            String e = ItfEncoder.elements(String.valueOf(d).repeat(2));
            String bars = "" + e.charAt(4) + e.charAt(6) + e.charAt(8) + e.charAt(10) + e.charAt(12);
            String spaces = "" + e.charAt(5) + e.charAt(7) + e.charAt(9) + e.charAt(11) + e.charAt(13);
            assertThat(bars).as("digit %s", d).isEqualTo(spaces);
            assertThat(bars.chars().filter(c -> c == 'w').count()).as("wide elements of %s", d).isEqualTo(2);
        }
    }

    @Test
    void anItf14Is48NarrowAnd29WideElements() {
        String elements = ItfEncoder.elements(Gtin.parse("10084631001022"));
        assertThat(elements.chars().filter(c -> c == 'n').count()).isEqualTo(48);
        assertThat(ItfEncoder.widthInX(elements, 2.5)).isCloseTo(120.5, within(1e-12));
        assertThat(ItfEncoder.widthInX(elements, 3.0)).isCloseTo(135, within(1e-12));
    }

    private static String modulesAtThreeToOne(String elements) {
        StringBuilder modules = new StringBuilder();
        for (int i = 0; i < elements.length(); i++) {
            char dark = i % 2 == 0 ? '1' : '0';
            modules.append(String.valueOf(dark).repeat(elements.charAt(i) == 'w' ? 3 : 1));
        }
        return modules.toString();
    }

    private static String bits(boolean[] modules) {
        StringBuilder s = new StringBuilder(modules.length);
        for (boolean m : modules) {
            s.append(m ? '1' : '0');
        }
        return s.toString();
    }
}
