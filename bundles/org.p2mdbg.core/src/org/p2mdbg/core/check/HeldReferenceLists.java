package org.p2mdbg.core.check;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;

import org.p2mdbg.core.mem.FrameColumn;

/**
 * For each frame, the list of references held on it (opaque longs, oldest first). A populated
 * guest holds one on each of millions of frames, and relinquish_memory briefly a second: the first
 * two live in primitive columns, only a third and later in a map.
 */
final class HeldReferenceLists {
    private static final long NONE = -1;

    private final FrameColumn first = new FrameColumn(NONE);
    private final FrameColumn second = new FrameColumn(NONE);
    private final Map<Long, LongList> rest = new HashMap<>();

    /** Appends a reference (not negative) to the frame's list. */
    void add(long mfn, long reference) {
        if (first.get(mfn) == NONE) {
            first.set(mfn, reference);
        } else if (second.get(mfn) == NONE) {
            second.set(mfn, reference);
        } else {
            rest.computeIfAbsent(mfn, k -> new LongList()).add(reference);
        }
    }

    int size(long mfn) {
        if (first.get(mfn) == NONE) {
            return 0;
        }
        if (second.get(mfn) == NONE) {
            return 1;
        }
        LongList more = rest.isEmpty() ? null : rest.get(mfn);
        return 2 + (more == null ? 0 : more.size());
    }

    long get(long mfn, int i) {
        return switch (i) {
            case 0 -> first.get(mfn);
            case 1 -> second.get(mfn);
            default -> rest.get(mfn).get(i - 2);
        };
    }

    /** Removes the frame's i-th reference, keeping the order of the others. */
    void removeAt(long mfn, int i) {
        int n = size(mfn);
        if (i < 0 || i >= n) {
            throw new IndexOutOfBoundsException(i + " outside the " + n + " references held on frame " + mfn);
        }
        if (i < 2) {
            // the later ones move up a place
            for (int k = i; k < Math.min(n, 2) - 1; k++) {
                setSlot(mfn, k, get(mfn, k + 1));
            }
            if (n <= 2) {
                setSlot(mfn, n - 1, NONE);
                return;
            }
            setSlot(mfn, 1, rest.get(mfn).get(0));
            i = 2;
        }
        LongList more = rest.get(mfn);
        more.removeAt(i - 2);
        if (more.isEmpty()) {
            rest.remove(mfn);
        }
    }

    /** Calls {@code action} with every frame that holds references; the action may remove them. */
    void forEachFrame(LongConsumer action) {
        first.forEach((mfn, reference) -> action.accept(mfn));
    }

    /** Sets slot 0 or 1. */
    private void setSlot(long mfn, int slot, long value) {
        (slot == 0 ? first : second).set(mfn, value);
    }
}
