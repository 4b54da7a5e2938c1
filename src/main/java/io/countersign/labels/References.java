package io.countersign.labels;

import java.util.Arrays;
import org.apache.pdfbox.cos.COSArray;

/** Object numbers in order, kept as ints: the kids of a page node or field a combined document collects. */
final class References {
    private int[] numbers = new int[16];
    private int size;

    void add(int number) {
        if (size == numbers.length) {
            numbers = Arrays.copyOf(numbers, size * 2);
        }
        numbers[size++] = number;
    }

    int size() {
        return size;
    }

    /** The references as a PDF array, for writing. */
    COSArray toArray() {
        COSArray array = new COSArray();
        for (int i = 0; i < size; i++) {
            array.add(PdfObjectWriter.ref(numbers[i]));
        }
        return array;
    }
}
