package io.countersign.render;

import java.util.Optional;

/** Size and colour components of a JPEG, read from its SOF marker without decoding pixels. */
record JpegInfo(int width, int height, int components, int bitsPerComponent) {

    static Optional<JpegInfo> read(byte[] b) {
        if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
            return Optional.empty();
        }
        int i = 2;
        while (i + 4 <= b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                return Optional.empty();
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                i += 2;
                continue;
            }
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (startOfFrame && i + 9 < b.length) {
                int bits = b[i + 4] & 0xFF;
                int height = ((b[i + 5] & 0xFF) << 8) | (b[i + 6] & 0xFF);
                int width = ((b[i + 7] & 0xFF) << 8) | (b[i + 8] & 0xFF);
                int components = b[i + 9] & 0xFF;
                return Optional.of(new JpegInfo(width, height, components, bits));
            }
            if (marker == 0xDA || length < 2) {
                return Optional.empty();
            }
            i += 2 + length;
        }
        return Optional.empty();
    }
}
