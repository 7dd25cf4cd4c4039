package org.p2mdbg.core.xen.arm;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Mfn;

/**
 * Random operations on the guest of an {@link ArmHost}, over gfns below 2^19 (two 1 GiB slots),
 * crowded around a few spots so that they overlap, split and replace each other. dom0 owns 0x20
 * RAM pages at gfn 0x100 for the foreign mappings, which also aim a little outside them.
 */
final class GuestOps {
    static final long REGION = 1L << 19;
    /** Device frames for plain insertions: outside machine memory, so they hold no references. */
    static final long MMIO = 0x10000000L;
    static final long DOM0_GFN = 0x100;
    static final long DOM0_PAGES = 0x20;

    private GuestOps() {}

    sealed interface Op {
        /** Runs the operation on the guest and returns its rc. */
        int apply(ArmHost host);
    }

    record Populate(long gfn, long nr) implements Op {
        @Override public int apply(ArmHost h) { return h.guest.p2m().populate(Gfn.of(gfn), nr); }
    }

    record Insert(long gfn, long nr, long mfn) implements Op {
        @Override public int apply(ArmHost h) { return h.guest.p2m().insertMapping(Gfn.of(gfn), nr, Mfn.of(mfn), P2mType.MMIO_DIRECT_C); }
    }

    record Remove(long gfn, long nr) implements Op {
        @Override public int apply(ArmHost h) { return h.guest.p2m().removeMapping(Gfn.of(gfn), nr); }
    }

    record MapForeign(long gfn, long nr, long dom0Gfn) implements Op {
        @Override public int apply(ArmHost h) { return h.guest.p2m().mapForeign(Gfn.of(gfn), nr, h.dom0, Gfn.of(dom0Gfn)); }
    }

    /** dom0's pages for the foreign mappings. */
    static void populateDom0(ArmHost host) {
        host.dom0.p2m().populate(Gfn.of(DOM0_GFN), DOM0_PAGES);
    }

    static Arbitrary<List<Op>> sequences(int maxOps) { return op().list().ofMinSize(1).ofMaxSize(maxOps); }

    static Arbitrary<Op> op() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, populate()),
                Tuple.of(4, insert()),
                Tuple.of(4, remove()),
                Tuple.of(3, mapForeign()));
    }

    /** Starts near 0, 2 MiB and 1 GiB, aligned to 4 KiB, 2 MiB or 1 GiB. */
    private static Arbitrary<Long> gfn() {
        Arbitrary<Long> spot = Arbitraries.of(0L, 0x200L, 0x400L, 0x40000L, 0x40200L);
        Arbitrary<Long> page = Combinators.combine(spot, Arbitraries.longs().between(0, 0x3ff)).as(Long::sum);
        Arbitrary<Long> block = Arbitraries.longs().between(0, 7).map(i -> (i & 1) * 0x40000 + (i >> 1) * 0x200);
        return Arbitraries.frequencyOf(
                Tuple.of(5, page),
                Tuple.of(4, block),
                Tuple.of(1, Arbitraries.of(0L, 0x40000L)));
    }

    private static Arbitrary<Long> nr(long max) {
        Arbitrary<Long> n = Arbitraries.frequencyOf(
                Tuple.of(20, Arbitraries.longs().between(1, 0x20)),
                Tuple.of(12, Arbitraries.of(0x200L, 0x400L, 0x201L, 0x3ffL)),
                Tuple.of(1, Arbitraries.of(0x40000L)));   // rare: a 1 GiB range is 2^18 model entries
        return n.filter(x -> x <= max);
    }

    private static Arbitrary<long[]> range(long maxNr) {
        return Combinators.combine(gfn(), nr(maxNr)).as((g, n) -> new long[] {g, n}).filter(r -> r[0] + r[1] <= REGION);
    }

    private static Arbitrary<Populate> populate() { return range(0x400).map(r -> new Populate(r[0], r[1])); }

    private static Arbitrary<Insert> insert() {
        // mostly as aligned as the gfn (so blocks are possible), sometimes one frame off
        return Combinators.combine(range(0x40000), Arbitraries.longs().between(0, 3), Arbitraries.of(0L, 0L, 1L))
                .as((r, slot, skew) -> new Insert(r[0], r[1], MMIO + slot * 0x40000 + (r[0] & 0x3ffff) + skew));
    }

    private static Arbitrary<Remove> remove() { return range(0x40000).map(r -> new Remove(r[0], r[1])); }

    private static Arbitrary<MapForeign> mapForeign() {
        Arbitrary<MapForeign> anywhere = Combinators.combine(range(8), Arbitraries.longs().between(DOM0_GFN - 4, DOM0_GFN + DOM0_PAGES + 4))
                .as((r, src) -> new MapForeign(r[0], r[1], src));
        // the same few pages at the same few gfns: remapping a page where it already is
        Arbitrary<MapForeign> again = Combinators.combine(Arbitraries.longs().between(0, 3), Arbitraries.longs().between(1, 4),
                Arbitraries.longs().between(0, 3)).as((g, n, src) -> new MapForeign(0x40000 + g, n, DOM0_GFN + src));
        return Arbitraries.oneOf(anywhere, again);
    }
}
