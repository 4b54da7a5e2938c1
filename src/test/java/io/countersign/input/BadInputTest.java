package io.countersign.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** One mistake at a time in the otherwise valid sample: exactly one problem, at the right place, with a hint. */
class BadInputTest {
    @TempDir
    Path dir;

    static Stream<Arguments> mistakes() {
        return Stream.of(
                // what                        path                     at       message contains                         hint contains              edits (from, to, …)
                row("11-digit UPC", "styles[0].gtin", "39:11", "has 11 digits; a UPC-A has 12", "copy all 12 digits",
                        "gtin: \"012345678905\"", "gtin: \"01234567890\""),
                row("GTIN as a number", "styles[0].gtin", "39:11", "written as a number", "put it in quotes, \"614141000036\"",
                        "gtin: \"012345678905\"", "gtin: 614141000036"),
                row("GTIN check digit", "styles[0].gtin", "39:11", "has check digit 6", "it is 012345678905",
                        "gtin: \"012345678905\"", "gtin: \"012345678906\""),
                row("GTIN with a space", "styles[0].gtin", "39:11", "contains spaces", "without spaces",
                        "gtin: \"012345678905\"", "gtin: \"0 12345 67890 5\""),
                row("EAN-8 on a PI", "styles[0].gtin", "39:11", "is an EAN-8", "12- or 13-digit",
                        "gtin: \"012345678905\"", "gtin: \"96385074\""),
                row("GTIN-14 on a PI", "styles[0].gtin", "39:11", "identifies a carton", "EAN-13 0012345678905",
                        "gtin: \"012345678905\"", "gtin: \"00012345678905\""),
                row("zero quantity", "styles[0].quantity", "40:15", "must be more than 0, found 0", "number of units",
                        "quantity: 1200", "quantity: 0"),
                row("negative quantity", "styles[0].quantity", "40:15", "must be more than 0, found -5", "number of units",
                        "quantity: 1200", "quantity: -5"),
                row("quantity with 4 decimals", "styles[0].quantity", "40:15", "has 4 decimals; at most 3", "round it to 1200.123",
                        "quantity: 1200", "quantity: 1200.1234"),
                row("quantity is a list", "styles[0].quantity", "40:15", "expected a number, found a list", "1200 or 2.35",
                        "quantity: 1200", "quantity: [1200]"),
                row("quantity is a boolean", "styles[0].quantity", "40:15", "expected a number, found the value yes", "1200",
                        "quantity: 1200", "quantity: yes"),
                row("thousands separator", "styles[0].quantity", "40:15", "\"1,200\" is not a number", "1200",
                        "quantity: 1200", "quantity: \"1,200\""),
                row("decimal comma", "styles[0].unitPrice", "42:16", "\"2,35\" is not a number", "decimal point, not a comma: 2.35",
                        "unitPrice: 2.35", "unitPrice: \"2,35\""),
                row("cent fractions in USD", "styles[0].unitPrice", "42:16", "2.355 has 3 decimals but USD has 2", "round it to 2.36 USD",
                        "unitPrice: 2.35", "unitPrice: 2.355"),
                row("negative price", "styles[0].unitPrice", "42:16", "must not be negative", "discount",
                        "unitPrice: 2.35", "unitPrice: -2.35"),
                row("lower-case currency", "currency", "7:11", "\"usd\" is not an ISO 4217 currency code", "did you mean USD?",
                        "currency: USD", "currency: usd"),
                row("RMB for yuan", "currency", "7:11", "\"RMB\" is not an ISO 4217", "did you mean CNY?",
                        "currency: USD", "currency: RMB"),
                row("swapped currency letters", "currency", "7:11", "\"UDS\"", "did you mean USD?",
                        "currency: USD", "currency: UDS"),
                row("gold is no currency", "currency", "7:11", "no minor unit", "ISO 4217",
                        "currency: USD", "currency: XAU"),
                row("misspelt Incoterms rule", "incoterms.rule", "8:20", "\"FBO\" is not an Incoterms 2020 rule", "did you mean FOB?",
                        "rule: FOB", "rule: FBO"),
                row("Incoterms 2010 rule", "incoterms.rule", "8:20", "\"DAT\"", "DPU",
                        "rule: FOB", "rule: DAT"),
                row("Incoterms as one string", "incoterms", "8:12", "expected a mapping with rule and place", "rule: FOB, place: Shenzhen",
                        "incoterms: { rule: FOB, place: Shenzhen }", "incoterms: FOB Shenzhen"),
                row("no such day", "issueDate", "4:12", "2026-02-30 is not a day of the calendar", "month and the day",
                        "issueDate: 2026-08-15", "issueDate: 2026-02-30"),
                row("day-first date", "issueDate", "4:12", "\"15/08/2026\" is not a date in the form YYYY-MM-DD", "2026-08-15",
                        "issueDate: 2026-08-15", "issueDate: 15/08/2026"),
                row("date as a number", "shipmentDate", "10:15", "expected a date, found the number 20261020", "YYYY-MM-DD",
                        "shipmentDate: 2026-10-20", "shipmentDate: 20261020"),
                row("validity before issue", "validUntil", "5:13", "is before the issue date 2026-08-15", "year",
                        "validUntil: 2026-09-14", "validUntil: 2026-08-01"),
                row("revision 0", "revision", "3:11", "revision must be 1 or more", "revision 1",
                        "revision: 2", "revision: 0"),
                row("unknown style field", "styles[0].unti", "41:5", "unknown field \"unti\" in the style", "did you mean \"unit\"?",
                        "    unit: sets", "    unti: sets"),
                row("unknown top-level field", "buyerPO", "6:1", "unknown field \"buyerPO\"", "did you mean \"buyerPo\"?",
                        "buyerPo:", "buyerPO:"),
                row("synonym field", "styles[0].qty", "40:5", "unknown field \"qty\"", "did you mean \"quantity\"?",
                        "    quantity: 1200\n    unit", "    qty: 1200\n    quantity: 1200\n    unit"),
                row("unrelated field", "styles[0].colour", "42:5", "unknown field \"colour\"", "a style may have: id, buyerCode",
                        "    unit: sets", "    unit: sets\n    colour: brown"),
                row("missing style name", "styles[0].name", "31:5", "missing required field \"name\" in the style", "add name:",
                        "    name: Nested kraft box\n", ""),
                row("missing account", "bank.account", "24:3", "missing required field \"account\" in the bank details", "add account:",
                        "  account: \"7453 5812 0001 2345\"\n", ""),
                row("required field without value", "paymentTerms", "9:15", "paymentTerms has no value", "required",
                        "paymentTerms: \"30% deposit, 70% against B/L copy\"", "paymentTerms: \"\""),
                row("address not a list", "seller.address", "16:12", "expected a list, found the text \"No. 8", "address: [",
                        "address: [No. 8 Industrial Road, \"Shenzhen 518000, China\"]", "address: No. 8 Industrial Road"),
                row("empty address", "seller.address", "16:12", "address has no lines", "at least one",
                        "address: [No. 8 Industrial Road, \"Shenzhen 518000, China\"]", "address: []"),
                row("contact not a mapping", "seller.contact", "17:12", "expected a mapping (contact), found the text \"Lily Chen\"",
                        "name: value", "contact: { person: Lily Chen, email: lily@hengda-paper.example, phone: \"+86 755 1234 5678\" }",
                        "contact: Lily Chen"),
                row("bad email", "seller.contact.email", "17:40", "is not an email address", "name@example.com",
                        "lily@hengda-paper.example", "lily at hengda"),
                row("SWIFT with spaces", "bank.swift", "27:10", "\"BKCH CN BJ 450\" is not a SWIFT/BIC code", "write it as BKCHCNBJ450",
                        "swift: BKCHCNBJ450", "swift: BKCH CN BJ 450"),
                row("language case", "language", "13:11", "no document template for language \"zh-cn\"", "did you mean zh-CN?",
                        "language: en", "language: zh-cn"),
                row("duplicate style id", "styles[1].id", "48:9", "style id \"KB-5A\" is already used by styles[0] (line 31)",
                        "its own id", "  - id: KB-3B", "  - id: KB-5A"),
                row("duplicate key", "styles[1].quantity", "57:5", "key \"quantity\" appears twice in this mapping (first at line 56, column 5)",
                        "keep one", "    quantity: \"800\"\n", "    quantity: \"800\"\n    quantity: 900\n"),
                row("YAML alias", "styles[1].name", "50:11", "YAML aliases (*box) are not supported", "write the value out",
                        "name: Nested kraft box", "name: &box Nested kraft box", "name: Nested kraft box", "name: *box"),
                row("attribute not text", "styles[0].attributes.set", "35:12", "expected text, found a list", "single value",
                        "set: 5 pcs", "set: [5, pcs]"),
                row("attribute without value", "styles[0].attributes.set", "35:12", "attribute \"set\" has no value", "remove the attribute",
                        "set: 5 pcs", "set: ~"),
                row("gross below net", "styles[0].packing.grossWeightKg", "47:22", "gross weight 9 kg is less than the net weight 9.5 kg",
                        "swapped", "grossWeightKg: 10.2", "grossWeightKg: 9.0"),
                row("zero carton width", "styles[0].packing.carton.width", "45:36", "width must be more than 0", "centimetres",
                        "width: 40", "width: 0"),
                row("fractional units per carton", "styles[0].packing.unitsPerCarton", "44:23", "expected a whole number, found 2.5",
                        "whole number", "unitsPerCarton: 20", "unitsPerCarton: 2.5"),
                row("zero quantity on the PO", "po[1].quantity", "63:15", "must be more than 0", "number of units",
                        "    quantity: 800", "    quantity: 0"),
                row("missing picture", "styles[0].images[0]", "38:14", "picture \"images/kb-5.jpg\" does not exist",
                        "did you mean kb-5a.jpg?", "images/kb-5a.jpg", "images/kb-5.jpg"),
                row("no styles", "styles", "30:9", "the PI has no styles", "at least one style",
                        "styles:\n", "styles: []\nx-styles:\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void reportsTheMistakeWhereItIs(String what, String path, String at, String message, String hint, String[] edits) {
        List<Problem> problems = Fixtures.problems(Fixtures.edit(edits), Fixtures.withPictures(dir));
        if (what.equals("no styles")) {
            problems = problems.stream().filter(p -> p.path().equals("styles")).toList();
        }
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(Fixtures.at(p)).isEqualTo(at);
            assertThat(p.message()).contains(message);
            assertThat(p.hint()).contains(hint);
            assertThat(p.file()).isEqualTo(Fixtures.FILE);
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "USD, 2.35,   ",
        "USD, 2.350,  ",
        "USD, 2,      ",
        "USD, 0,      ",
        "USD, 2.355,  2.355 has 3 decimals but USD has 2",
        "JPY, 235,    ",
        "JPY, 2.5,    2.5 has 1 decimal but JPY has none",
        "KWD, 1.125,  ",
        "KWD, 1.1255, 1.1255 has 4 decimals but KWD has 3",
    })
    void allowsAsManyPriceDecimalsAsTheCurrencyHas(String currency, String price, String problem) {
        String yaml = Fixtures.edit("currency: USD", "currency: " + currency, "unitPrice: 2.35", "unitPrice: " + price,
                "unitPrice: \"3.1\"", "unitPrice: 3");
        Fixtures.withPictures(dir);
        if (problem == null) {
            assertThat(PiReader.read(yaml, InputFormat.YAML, dir, "pi.yaml").styles().get(0).unitPrice())
                    .isEqualByComparingTo(price);
        } else {
            assertThat(Fixtures.problems(yaml, dir)).singleElement()
                    .satisfies(p -> assertThat(p.message()).isEqualTo("unit price " + problem));
        }
    }

    private static Arguments row(String what, String path, String at, String message, String hint, String... edits) {
        return arguments(what, path, at, message, hint, edits);
    }
}
