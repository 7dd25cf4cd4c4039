package org.p2mdbg.core.xen.arm32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Ipa;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.walk.WalkStep;
import org.p2mdbg.core.walk.Walker;
import org.p2mdbg.core.xen.arm.P2mType;

/**
 * With 4 KiB mappings only, a lookup through the window always reads the gfn's own level-3 entry,
 * and a switch rewrites (and flushes) exactly the slots whose first-level entries differ between the
 * two domains.
 */
class VlptProperties {
    /** Gfns of 4 GiB of guest RAM: a GiB (0-3) and an offset inside it. */
    @Provide Arbitrary<Set<Long>> gfns() {
        return Arbitraries.integers().between(0, 3).flatMap(gib -> Arbitraries.longs().between(0, 0x3ffff)
                .map(off -> 0x80000L + gib * 0x40000L + off)).set().ofMinSize(1).ofMaxSize(12);
    }

    private static void mapPages(Domain d, Set<Long> gfns, long mfnBase) {
        for (long g : gfns) {
            // odd MFNs keep every mapping at 4 KiB
            d.p2m().insertMapping(new Gfn(g), 1, new Mfn(mfnBase + 2 * (g - 0x80000L) + 1), P2mType.RAM_RW);
        }
    }

    @Property(tries = 100)
    void lookupsReadTheLevel3EntryAndSwitchesFlushTheDifferingSlots(@ForAll("gfns") Set<Long> mine, @ForAll("gfns") Set<Long> theirs) {
        VlptMachine m = new VlptMachine();
        Domain other = m.machine.createDomain("other", 2, 1);
        Vlpt otherVlpt = new Vlpt(m.xen, other);
        m.op("map");
        mapPages(m.guest, mine, 0x1000000L);
        mapPages(other, theirs, 0x2000000L);
        m.op("prepare");
        assertEquals(0, m.vlpt.prepare(0x100000));
        assertEquals(0, otherVlpt.prepare(0x100000));

        int differing = 0;
        for (int i = 2; i < 7; i++) {
            long a = m.machine.frames().peek(m.guest.p2m().root(), i);
            long b = m.machine.frames().peek(other.p2m().root(), i);
            differing += a != b ? 1 : 0;
        }
        m.op("vlpt switch guest");
        m.vlpt.restore();
        assertEquals(differing, m.cost("tlb_flushes"));
        assertEquals(differing, m.cost("pte_writes"));

        for (long g : mine) {
            m.op("vlpt lookup");
            VlptLookup l = m.vlpt.lookup(new Ipa(g << 12));
            assertFalse(l.faulted());
            WalkStep truth = Walker.walk(m.machine.frames()::peek, m.guest.p2m().walkRequest(), g).last();
            assertEquals(List.of(truth.table(), truth.index()), List.of(l.frame(), l.index()));
            assertEquals(truth.descriptor(), l.descriptor());
        }
    }
}
