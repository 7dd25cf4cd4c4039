package org.p2mdbg.core.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.p2mdbg.core.mem.Mfn;

/**
 * The page list, kept as runs of frames, behaves like the two collections it replaced: an
 * insertion-ordered set of pages and the set of pages whose PGC_allocated bit is still set.
 */
class PageListProperties {
    private static final long FIRST = 0x40000;

    /**
     * 0 = add (assign_pages), 1 = remove (free_domheap_pages), 2 = test-and-clear PGC_allocated,
     * 3 = add the run of {@code count} frames from {@code frame} (an extent's assign_pages).
     */
    record Op(int what, int frame, int count) {}

    @Provide Arbitrary<List<Op>> ops() {
        // frames from a small range, so that runs meet, overlap and split
        Arbitrary<Op> op = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 300),
                Arbitraries.integers().between(1, 70)).as(Op::new);
        return op.list().ofMaxSize(300);
    }

    @Example
    void keepsAllocationOrderAndTheAllocatedBit() {
        PageList list = new PageList(FIRST);
        list.addAllocated(new Mfn(FIRST + 5));
        list.addAllocated(new Mfn(FIRST + 2));
        list.addAllocated(new Mfn(FIRST + 9));
        list.addAllocated(new Mfn(FIRST + 5));   // already there: keeps its place
        assertEquals(List.of(new Mfn(FIRST + 5), new Mfn(FIRST + 2), new Mfn(FIRST + 9)), list.toList());
        assertEquals(true, list.clearAllocated(new Mfn(FIRST + 2)));
        assertEquals(false, list.clearAllocated(new Mfn(FIRST + 2)), "the bit was cleared once");
        list.remove(new Mfn(FIRST + 5));
        assertEquals(List.of(new Mfn(FIRST + 2), new Mfn(FIRST + 9)), list.toList());
        assertEquals(new Mfn(FIRST + 9), list.after(list.first()));
        assertEquals(null, list.after(new Mfn(FIRST + 9)));
        assertEquals(2, list.size());
    }

    @Property(tries = 200)
    void behavesLikeALinkedHashSetAndAnAllocatedSet(@ForAll("ops") List<Op> ops) {
        PageList list = new PageList(FIRST);
        Set<Mfn> order = new LinkedHashSet<>();
        Set<Mfn> allocated = new HashSet<>();
        for (Op op : ops) {
            Mfn page = new Mfn(FIRST + op.frame());
            switch (op.what()) {
                case 0 -> {
                    list.addAllocated(page);
                    if (order.add(page)) {
                        allocated.add(page);
                    }
                }
                case 1 -> {
                    list.remove(page);
                    order.remove(page);
                    allocated.remove(page);
                }
                case 2 -> assertEquals(allocated.remove(page), list.clearAllocated(page), "PGC_allocated of " + page);
                default -> {
                    list.addAllocatedRun(page, op.count());
                    for (int k = 0; k < op.count(); k++) {
                        if (order.add(page.add(k))) {
                            allocated.add(page.add(k));
                        }
                    }
                }
            }
            assertEquals(order.contains(page), list.contains(page));
        }
        assertEquals(new ArrayList<>(order), list.toList());
        assertEquals(order.size(), list.size());
        List<Mfn> walked = new ArrayList<>();
        for (Mfn p = list.first(); p != null; p = list.after(p)) {
            walked.add(p);
        }
        assertEquals(new ArrayList<>(order), walked, "first/after walk the list in order");
        for (Mfn p : order) {
            assertEquals(allocated.contains(p), list.clearAllocated(p), "PGC_allocated of " + p + " at the end");
        }
    }

    @Example
    void extentsThatFollowEachOtherAreOneRunAndRemovingFromTheMiddleSplitsIt() {
        PageList list = new PageList(FIRST);
        for (int extent = 0; extent < 64; extent++) {
            list.addAllocatedRun(new Mfn(FIRST + ((long) extent << 18)), 1 << 18);   // 64 GiB in 1 GiB extents
        }
        assertEquals(1 << 24, list.size());
        assertEquals(1, list.runs());
        list.remove(new Mfn(FIRST + 1000));
        assertEquals(2, list.runs());
        assertEquals(new Mfn(FIRST + 1001), list.after(new Mfn(FIRST + 999)));
        list.remove(new Mfn(FIRST));
        assertEquals(new Mfn(FIRST + 1), list.first());
        assertEquals((1 << 24) - 2, list.size());
    }
}
