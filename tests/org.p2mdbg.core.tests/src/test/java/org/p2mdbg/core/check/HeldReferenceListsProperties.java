package org.p2mdbg.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.p2mdbg.core.mem.FrameColumn;

/** The per-frame reference lists (two slots in columns, the rest in a map) behave like a map of lists. */
class HeldReferenceListsProperties {
    /** 0 = add, 1 = remove the i-th (modulo the size), on one of a few frames (some 4096 apart: other column pages). */
    record Op(int what, int frame, int i) {}

    @Provide Arbitrary<List<Op>> ops() {
        Arbitrary<Integer> frame = Arbitraries.of(0, 1, 2, 4095, 4096, 70000);
        return Combinators.combine(Arbitraries.integers().between(0, 1), frame, Arbitraries.integers().between(0, 5)).as(Op::new)
                .list().ofMaxSize(200);
    }

    @Property(tries = 300)
    void behaveLikeAMapOfLists(@ForAll("ops") List<Op> ops) {
        HeldReferenceLists held = new HeldReferenceLists();
        Map<Long, List<Long>> reference = new HashMap<>();
        long next = 0;
        for (Op op : ops) {
            long mfn = 0x40000 + op.frame();
            List<Long> list = reference.computeIfAbsent(mfn, k -> new ArrayList<>());
            if (op.what() == 0) {
                held.add(mfn, next);
                list.add(next++);
            } else if (!list.isEmpty()) {
                int i = op.i() % list.size();
                held.removeAt(mfn, i);
                list.remove(i);
            }
            assertEquals(list.size(), held.size(mfn));
            for (int i = 0; i < list.size(); i++) {
                assertEquals(list.get(i), held.get(mfn, i), "reference " + i + " of frame " + mfn);
            }
        }
        Map<Long, Integer> seen = new TreeMap<>();
        held.forEachFrame(mfn -> seen.put(mfn, held.size(mfn)));
        Map<Long, Integer> expected = new TreeMap<>();
        reference.forEach((mfn, list) -> {
            if (!list.isEmpty()) {
                expected.put(mfn, list.size());
            }
        });
        assertEquals(expected, seen, "forEachFrame visits exactly the frames holding references");
    }

    @Property(tries = 100)
    void aColumnHoldsWhatWasSetAndItsDefaultElsewhere(@ForAll("ops") List<Op> ops) {
        FrameColumn column = new FrameColumn(-7);
        Map<Long, Long> reference = new HashMap<>();
        for (Op op : ops) {
            long mfn = op.frame() + (long) op.i() * 100_000;
            long value = op.what() == 0 ? op.i() : -7;
            column.set(mfn, value);
            reference.put(mfn, value);
        }
        reference.forEach((mfn, value) -> assertEquals(value, column.get(mfn)));
        assertEquals(-7, column.get(123_456_789));
        Map<Long, Long> visited = new TreeMap<>();
        column.forEach(visited::put);
        Map<Long, Long> expected = new TreeMap<>(reference);
        expected.values().removeIf(v -> v == -7);
        assertEquals(expected, visited);
    }
}
