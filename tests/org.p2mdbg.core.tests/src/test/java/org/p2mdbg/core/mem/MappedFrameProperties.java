package org.p2mdbg.core.mem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A walker's mapping of a table frame is only a shortcut: whatever the store did in between (frees,
 * reallocations, first writes, writes through another mapping, a cursor's restore), a read through
 * a mapping sees what a plain read sees, and a write through it lands where a plain write would.
 */
class MappedFrameProperties {
    private static final long FIRST = 0x1000;

    @Test
    void aFreedAndReallocatedFrameIsMappedAgain() {
        FrameStore store = new FrameStore(FIRST, 64);
        MappedFrame map = new MappedFrame();
        long table = store.allocate(FrameKind.P2M_TABLE, 1).value();
        store.write(map, table, 3, 0x1234);
        assertEquals(0x1234, store.read(map, table, 3));
        store.free(new Mfn(table));
        long again = store.allocate(FrameKind.P2M_TABLE, 1).value();
        assertEquals(table, again, "the free list hands the frame out again");
        assertEquals(0, store.read(map, table, 3), "a reallocated table reads as zeros, not as the old array");
        store.write(table, 3, 0x5678);
        assertEquals(0x5678, store.read(map, table, 3));
    }

    @Test
    void aRestoreIsSeenThroughAMapping() {
        FrameStore store = new FrameStore(FIRST, 64);
        MappedFrame map = new MappedFrame();
        long table = store.allocate(FrameKind.P2M_TABLE, 1).value();
        store.write(table, 0, 7);
        FrameStoreImage image = store.image();
        store.write(map, table, 0, 8);
        store.restore(image);
        assertEquals(7, store.read(map, table, 0));
        store.write(map, table, 0, 9);
        assertEquals(9, store.peek(table, 0), "the write went into the restored array");
    }

    sealed interface Op permits Alloc, Free, Write, MappedWrite, MappedRead, Snapshot, Restore {}

    record Alloc() implements Op {}

    record Free(int frame) implements Op {}

    record Write(int frame, int index, long value) implements Op {}

    record MappedWrite(int slot, int frame, int index, long value) implements Op {}

    record MappedRead(int slot, int frame, int index) implements Op {}

    record Snapshot() implements Op {}

    record Restore() implements Op {}

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Integer> frame = Arbitraries.integers().between(0, 7);
        Arbitrary<Integer> slot = Arbitraries.integers().between(0, 2);
        Arbitrary<Integer> index = Arbitraries.of(0, 1, 511);
        Arbitrary<Long> value = Arbitraries.longs().between(1, 1000);
        Arbitrary<Op> op = Arbitraries.oneOf(
                Arbitraries.just(new Alloc()),
                frame.map(Free::new),
                net.jqwik.api.Combinators.combine(frame, index, value).as(Write::new),
                net.jqwik.api.Combinators.combine(slot, frame, index, value).as(MappedWrite::new),
                net.jqwik.api.Combinators.combine(slot, frame, index).as(MappedRead::new),
                Arbitraries.just(new Snapshot()),
                Arbitraries.just(new Restore()));
        return op.list().ofMaxSize(60);
    }

    @Property(tries = 300)
    void mappedAccessesAgreeWithPlainOnes(@ForAll("ops") List<Op> ops) {
        FrameStore store = new FrameStore(FIRST, 8);
        MappedFrame[] slots = {new MappedFrame(), new MappedFrame(), new MappedFrame()};
        List<Long> allocated = new ArrayList<>();
        FrameStoreImage image = store.image();
        List<Long> imageAllocated = List.of();
        for (Op op : ops) {
            switch (op) {
                case Alloc a -> {
                    Mfn m = store.tryAllocate(FrameKind.P2M_TABLE, 1);
                    if (m != null) {
                        allocated.add(m.value());
                    }
                }
                case Free f -> {
                    if (f.frame() < allocated.size()) {
                        store.free(new Mfn(allocated.remove(f.frame())));
                    }
                }
                case Write w -> {
                    if (w.frame() < allocated.size()) {
                        store.write(allocated.get(w.frame()), w.index(), w.value());
                    }
                }
                case MappedWrite w -> {
                    if (w.frame() < allocated.size()) {
                        long table = allocated.get(w.frame());
                        store.write(slots[w.slot()], table, w.index(), w.value());
                        assertEquals(w.value(), store.peek(table, w.index()));
                    }
                }
                case MappedRead r -> {
                    if (r.frame() < allocated.size()) {
                        long table = allocated.get(r.frame());
                        assertEquals(store.peek(table, r.index()), store.read(slots[r.slot()], table, r.index()));
                    }
                }
                case Snapshot s -> {
                    image = store.image();
                    imageAllocated = List.copyOf(allocated);
                }
                case Restore r -> {
                    store.restore(image);
                    allocated = new ArrayList<>(imageAllocated);
                }
            }
        }
    }
}
