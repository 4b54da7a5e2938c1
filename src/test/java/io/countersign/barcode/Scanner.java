package io.countersign.barcode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

/** Reads a rasterised symbol back with ZXing, as an independent check of what was drawn. */
final class Scanner {
    private Scanner() {
    }

    static Result scan(BufferedImage image, BarcodeFormat... formats) {
        Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(formats));
        try {
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image))), hints);
        } catch (NotFoundException e) {
            throw new AssertionError("ZXing found no " + List.of(formats) + " symbol in the image", e);
        }
    }
}
