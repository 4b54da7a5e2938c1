package io.countersign.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestTest {
    private static final List<String> STYLE_FIELDS = PiFields.STYLE.all();

    @ParameterizedTest
    @CsvSource({
        "quantaty,  quantity",
        "Quantity,  quantity",
        "unitprice, unitPrice",
        "untiPrice, unitPrice",
        "gtn,       gtin",
        "qty,       quantity",
        "barcode,   gtin",
        "pictures,  images",
        "buyer_code, buyerCode",
    })
    void suggestsTheFieldMeant(String typed, String meant) {
        assertThat(Suggest.closest(typed, STYLE_FIELDS)).contains(meant);
    }

    @ParameterizedTest
    @CsvSource({"colour", "weight", "x", "description"})
    void staysQuietWhenNothingIsClose(String typed) {
        assertThat(Suggest.closest(typed, STYLE_FIELDS)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"abc, abc, 0", "abc, acb, 1", "abc, abd, 1", "abc, ab, 1", "kitten, sitting, 3", "'', abc, 3"})
    void countsEditsWithSwapsAsOne(String a, String b, int distance) {
        assertThat(Suggest.distance(a, b)).isEqualTo(distance);
    }
}
