package io.countersign.barcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QrSymbolTest {
    private static final String IDENTITY =
            "countersign:pi/PI-2024-0117/r2/sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @ParameterizedTest
    @ValueSource(strings = {
        "12345",
        "PI-2024-0117",
        IDENTITY,
        "订单 PI-2024-0117 第2版：套5牛皮纸盒 已确认",
        "Größe 35×25 cm — Käufer bestätigt",
    })
    void scansBackToTheText(String text) {
        QrSymbol qr = QrSymbol.encode(text);
        // 0.4 mm modules, about 4.7 px at 300 dpi. ZXing's detector misses the version-4 Chinese symbol at
        // some module sizes (0.5 mm among them) that zbarimg reads fine, so the size is fixed, not swept.
        double module = 0.4;
        double side = (qr.size() + 2 * QrSymbol.QUIET_ZONE_MODULES) * module;
        double origin = QrSymbol.QUIET_ZONE_MODULES * module;
        BufferedImage image = Java2dCanvas.render(side, side, 300, canvas -> qr.drawTo(canvas, origin, origin, module));

        assertThat(Scanner.scan(image, BarcodeFormat.QR_CODE).getText()).isEqualTo(text);
    }

    @Test
    void rectanglesCoverEveryDarkModuleExactlyOnce() {
        QrSymbol qr = QrSymbol.encode(IDENTITY);
        int[][] covered = new int[qr.size()][qr.size()];
        for (ModuleRect r : qr.darkRects()) {
            for (int y = r.y(); y < r.y() + r.height(); y++) {
                for (int x = r.x(); x < r.x() + r.width(); x++) {
                    covered[y][x]++;
                }
            }
        }
        for (int y = 0; y < qr.size(); y++) {
            for (int x = 0; x < qr.size(); x++) {
                assertThat(covered[y][x]).as("module (%d, %d)", x, y).isEqualTo(qr.isDark(x, y) ? 1 : 0);
            }
        }
    }

    @Test
    void mergesRunsIntoFarFewerRectanglesThanModules() {
        QrSymbol qr = QrSymbol.encode(IDENTITY);
        long darkModules = 0;
        for (int y = 0; y < qr.size(); y++) {
            for (int x = 0; x < qr.size(); x++) {
                darkModules += qr.isDark(x, y) ? 1 : 0;
            }
        }
        assertThat(qr.darkRects().size()).isLessThan((int) (darkModules / 2));
    }

    @Test
    void firstRectangleIsTheTopRowOfTheFinderPattern() {
        // The top-left finder pattern starts with a 7-module dark row, so the first rectangle is that run.
        assertThat(QrSymbol.encode("PI-2024-0117").darkRects().get(0)).isEqualTo(new ModuleRect(0, 0, 7, 1));
    }

    @Test
    void sameTextGivesSameMatrix() {
        // Document identity QR codes must not change between runs, or output bytes would differ.
        assertThat(QrSymbol.encode(IDENTITY).darkRects()).isEqualTo(QrSymbol.encode(IDENTITY).darkRects());
    }

    @Test
    void smallestSymbolIsVersionOne() {
        assertThat(QrSymbol.encode("12345").size()).isEqualTo(21);
    }

    @Test
    void rejectsEmptyText() {
        assertThatThrownBy(() -> QrSymbol.encode("")).isInstanceOf(InvalidSymbolException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void rejectsTextTooLongForAnyVersion() {
        assertThatThrownBy(() -> QrSymbol.encode("x".repeat(3000))).isInstanceOf(InvalidSymbolException.class)
                .hasMessageContaining("3000 characters")
                .satisfies(e -> assertThat(((InvalidSymbolException) e).hint()).contains("shorten"));
    }

    @Test
    void rejectsModuleOutsideTheMatrix() {
        QrSymbol qr = QrSymbol.encode("12345");
        assertThatThrownBy(() -> qr.isDark(21, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
