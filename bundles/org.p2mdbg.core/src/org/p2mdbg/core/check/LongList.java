package org.p2mdbg.core.check;

import java.util.Arrays;

/** A growable list of longs (event indices, record ids), without boxing. */
final class LongList {
    private static final long[] NONE = {};
    // most lists a check asks for stay empty: the array comes with the first element
    private long[] values = NONE;
    private int size;

    int size() { return size; }

    boolean isEmpty() { return size == 0; }

    long get(int i) {
        if (i >= size) {
            throw new IndexOutOfBoundsException(i + " >= " + size);
        }
        return values[i];
    }

    void add(long v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, Math.max(8, size * 2));
        }
        values[size++] = v;
    }

    void set(int i, long v) { values[i] = v; }

    /** Removes the element at {@code i}, keeping the order of the others. */
    void removeAt(int i) {
        System.arraycopy(values, i + 1, values, i, size - i - 1);
        size--;
    }

    void truncate(int newSize) { size = newSize; }

    void clear() { size = 0; }

    long[] toArray() { return Arrays.copyOf(values, size); }
}
