package org.p2mdbg.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The primitive multimap behaves as a map of lists would, through growth and backward-shift deletions. */
class LongMultimapProperties {
    /** op 0 add, 1 remove one pair, 2 remove all of a key, 3 put; few keys so that clusters and collisions happen. */
    record Op(int op, long key, long value) {}

    @Provide Arbitrary<List<Op>> ops() {
        return Arbitraries.integers().between(0, 3).flatMap(op -> Arbitraries.longs().between(0, 40)
                .flatMap(k -> Arbitraries.longs().between(0, 3).map(v -> new Op(op, k * 512, v)))).list().ofMaxSize(300);
    }

    @Property(tries = 200)
    void behavesLikeAMapOfLists(@ForAll("ops") List<Op> ops) {
        LongMultimap map = new LongMultimap();
        Map<Long, List<Long>> ref = new HashMap<>();
        for (Op o : ops) {
            List<Long> values = ref.computeIfAbsent(o.key(), k -> new ArrayList<>());
            switch (o.op()) {
                case 0 -> {
                    map.add(o.key(), o.value());
                    values.add(o.value());
                }
                case 1 -> assertEquals(values.remove(o.value()), map.remove(o.key(), o.value()));
                case 2 -> {
                    map.removeAll(o.key());
                    values.clear();
                }
                default -> {
                    map.put(o.key(), o.value());
                    values.clear();
                    values.add(o.value());
                }
            }
        }
        int size = 0;
        for (Map.Entry<Long, List<Long>> e : ref.entrySet()) {
            LongList got = new LongList();
            map.values(e.getKey(), got);
            List<Long> sortedGot = new ArrayList<>();
            for (long v : got.toArray()) {
                sortedGot.add(v);
            }
            List<Long> expected = new ArrayList<>(e.getValue());
            sortedGot.sort(null);
            expected.sort(null);
            assertEquals(expected, sortedGot, "values of " + e.getKey());
            long first = map.get(e.getKey(), -1);
            assertTrue(expected.isEmpty() ? first == -1 : expected.contains(first), "get of " + e.getKey());
            size += expected.size();
        }
        assertEquals(size, map.size());
    }
}
