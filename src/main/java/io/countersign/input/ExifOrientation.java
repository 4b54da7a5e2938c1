package io.countersign.input;

/**
 * Reads the EXIF orientation (tag 0x0112, values 1–8) from a JPEG's APP1 "Exif" segment.
 * Walks only the marker segments before the image data and only IFD0, checks every offset
 * against the array bounds, and answers 1 (upright) when anything is missing or malformed.
 */
public final class ExifOrientation {
    public static final int UPRIGHT = 1;
    private static final int MAX_SEGMENTS = 64;
    private static final int MAX_IFD_ENTRIES = 512;
    private static final int ORIENTATION_TAG = 0x0112;
    private static final int TYPE_SHORT = 3;

    private final byte[] b;
    private boolean littleEndian;

    private ExifOrientation(byte[] bytes) {
        this.b = bytes;
    }

    /** The orientation of a JPEG's bytes, 1 when there is none. */
    public static int of(byte[] jpeg) {
        return new ExifOrientation(jpeg).scan();
    }

    private int scan() {
        if (b.length < 4 || u8(0) != 0xFF || u8(1) != 0xD8) {
            return UPRIGHT;
        }
        int pos = 2;
        for (int segments = 0; segments < MAX_SEGMENTS && pos + 4 <= b.length; segments++) {
            if (u8(pos) != 0xFF) {
                return UPRIGHT;
            }
            int marker = u8(pos + 1);
            if (marker == 0xFF) {
                pos++;
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) {
                return UPRIGHT;
            }
            int length = bigEndian16(pos + 2);
            if (length < 2 || pos + 2 + length > b.length) {
                return UPRIGHT;
            }
            if (marker == 0xE1) {
                int found = fromExifSegment(pos + 4, length - 2);
                if (found != 0) {
                    return found;
                }
            }
            pos += 2 + length;
        }
        return UPRIGHT;
    }

    /** The orientation in an APP1 payload, 0 when the payload is not Exif or has no valid orientation. */
    private int fromExifSegment(int start, int length) {
        if (length < 6 + 8 || !(u8(start) == 'E' && u8(start + 1) == 'x' && u8(start + 2) == 'i' && u8(start + 3) == 'f'
                && u8(start + 4) == 0 && u8(start + 5) == 0)) {
            return 0;
        }
        int tiff = start + 6;
        int end = start + length;
        if (u8(tiff) == 'I' && u8(tiff + 1) == 'I') {
            littleEndian = true;
        } else if (u8(tiff) == 'M' && u8(tiff + 1) == 'M') {
            littleEndian = false;
        } else {
            return 0;
        }
        if (u16(tiff + 2) != 42) {
            return 0;
        }
        long ifdOffset = u32(tiff + 4);
        if (ifdOffset < 8 || ifdOffset > end - tiff - 2) {
            return 0;
        }
        int ifd = tiff + (int) ifdOffset;
        int count = Math.min(u16(ifd), MAX_IFD_ENTRIES);
        for (int i = 0; i < count; i++) {
            int entry = ifd + 2 + 12 * i;
            if (entry + 12 > end) {
                return 0;
            }
            if (u16(entry) == ORIENTATION_TAG) {
                int value = u16(entry + 8);
                return u16(entry + 2) == TYPE_SHORT && u32(entry + 4) >= 1 && value >= 1 && value <= 8 ? value : 0;
            }
        }
        return 0;
    }

    private int u8(int i) {
        return b[i] & 0xFF;
    }

    private int bigEndian16(int i) {
        return u8(i) << 8 | u8(i + 1);
    }

    private int u16(int i) {
        return littleEndian ? u8(i + 1) << 8 | u8(i) : bigEndian16(i);
    }

    private long u32(int i) {
        long hi = u16(littleEndian ? i + 2 : i);
        long lo = u16(littleEndian ? i : i + 2);
        return hi << 16 | lo;
    }
}
