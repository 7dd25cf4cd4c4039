package org.p2mdbg.core.mem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A frame column answers as a plain map with a default does, whatever the order of reads and writes across its pages. */
class FrameColumnProperties {
    private static final long ABSENT = Long.MIN_VALUE;

    /** A read (value null) or a write of a frame. */
    record Access(long mfn, Long value) {}

    @Provide
    Arbitrary<List<Access>> accesses() {
        // frames in three pages of 4096, and the edges between them
        Arbitrary<Long> mfn = Arbitraries.oneOf(Arbitraries.longs().between(0x40000, 0x43000),
                Arbitraries.of(0x40fffL, 0x41000L, 0x41fffL, 0x42000L));
        Arbitrary<Long> value = Arbitraries.oneOf(Arbitraries.longs().between(-3, 3), Arbitraries.just(ABSENT)).injectNull(0.5);
        return Combinators.combine(mfn, value).as(Access::new).list().ofMaxSize(80);
    }

    @Property(tries = 500)
    void answersAsAMapWithADefault(@ForAll("accesses") List<Access> accesses) {
        FrameColumn column = new FrameColumn(ABSENT);
        Map<Long, Long> reference = new HashMap<>();
        for (Access a : accesses) {
            if (a.value() == null) {
                assertEquals(reference.getOrDefault(a.mfn(), ABSENT), column.get(a.mfn()), "frame " + Long.toHexString(a.mfn()));
            } else {
                column.set(a.mfn(), a.value());
                reference.put(a.mfn(), a.value());
            }
        }
        Map<Long, Long> listed = new HashMap<>();
        column.forEach(listed::put);
        reference.values().removeIf(v -> v == ABSENT);
        assertEquals(reference, listed);
    }
}
