package org.p2mdbg.core.check;

/**
 * An open-addressing hash map from long keys to long values that allows several values under one
 * key (linear probing, backward-shift deletion, no boxing): the checkers index millions of
 * descriptors by frame, so a {@code HashMap<Long, ...>} would cost more than the trace itself.
 * {@link Long#MIN_VALUE} cannot be used as a key. Meant for keys with a few values each: the values
 * of one key share one probe cluster, so n values under a key cost O(n) per add and remove.
 */
final class LongMultimap {
    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys;
    private long[] values;
    private int mask;
    private int size;

    LongMultimap() { allocate(16); }

    int size() { return size; }

    void add(long key, long value) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("key " + key + " is reserved");
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int i = slot(key);
        while (keys[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        size++;
    }

    /** Replaces every value under the key with this one. */
    void put(long key, long value) {
        removeAll(key);
        add(key, value);
    }

    /** The first value found under the key, or {@code absent}. */
    long get(long key, long absent) {
        for (int i = slot(key); keys[i] != EMPTY; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return absent;
    }

    /** Appends every value under the key to {@code out}. */
    void values(long key, LongList out) {
        for (int i = slot(key); keys[i] != EMPTY; i = (i + 1) & mask) {
            if (keys[i] == key) {
                out.add(values[i]);
            }
        }
    }

    /** Removes one (key, value) pair; false when it was not there. */
    boolean remove(long key, long value) {
        for (int i = slot(key); keys[i] != EMPTY; i = (i + 1) & mask) {
            if (keys[i] == key && values[i] == value) {
                delete(i);
                return true;
            }
        }
        return false;
    }

    void removeAll(long key) {
        int i = slot(key);
        while (keys[i] != EMPTY) {
            if (keys[i] == key) {
                delete(i); // the next candidate has been shifted into slot i
            } else {
                i = (i + 1) & mask;
            }
        }
    }

    void clear() {
        if (size > 0) {
            allocate(16);
        }
    }

    private void delete(int hole) {
        size--;
        int i = hole;
        int j = hole;
        while (true) {
            j = (j + 1) & mask;
            if (keys[j] == EMPTY) {
                break;
            }
            int home = slot(keys[j]);
            // Leave keys[j] where it is when its home lies cyclically in (i, j].
            boolean stays = i <= j ? (i < home && home <= j) : (i < home || home <= j);
            if (!stays) {
                keys[i] = keys[j];
                values[i] = values[j];
                i = j;
            }
        }
        keys[i] = EMPTY;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        allocate(keys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                add(oldKeys[i], oldValues[i]);
            }
        }
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        values = new long[capacity];
        java.util.Arrays.fill(keys, EMPTY);
        mask = capacity - 1;
        size = 0;
    }
}
