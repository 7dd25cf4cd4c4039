package org.p2mdbg.core.xen.arm.pt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.p2mdbg.core.xen.arm.pt.XenPtMachine.mfn;
import static org.p2mdbg.core.xen.arm.pt.XenPtMachine.va;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.p2mdbg.core.machine.Errno;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.walk.WalkResult;

class XenPageTablesProperties {
    /** Windows of vfns around a level-3, a level-2 and a level-1 table boundary. */
    private static final long[] WINDOWS = {0x200 - 32, 0x40000 - 32, (1L << 27) - 32};
    private static final int WINDOW = 64;
    private static final int MAX_NR = 40;

    record Op(boolean map, long vfn, int nr, long mfn) {}

    @Provide Arbitrary<List<Op>> ops() {
        Arbitrary<Long> vfn = Combinators.combine(Arbitraries.of(0, 1, 2), Arbitraries.integers().between(0, WINDOW - 1))
                .as((w, off) -> WINDOWS[w] + off);
        Arbitrary<Op> op = Combinators.combine(Arbitraries.of(true, true, false), vfn,
                Arbitraries.integers().between(1, MAX_NR), Arbitraries.longs().between(0x1000, 0xfffff))
                .as(Op::new);
        return op.list().ofMinSize(1).ofMaxSize(25);
    }

    /**
     * Page-sized maps and removes agree with a map of vfn to mfn: a map stops at the first page
     * already mapped (-EINVAL, the pages before it stay), a remove clears every page.
     */
    @Property(tries = 200)
    void pageMapsAndRemovesAgreeWithAReferenceMap(@ForAll("ops") List<Op> ops, @ForAll XenPtVariant variant) {
        XenPtMachine m = new XenPtMachine(variant);
        Map<Long, Long> reference = new HashMap<>();
        int removes = 0;
        for (Op op : ops) {
            m.op(op.map() ? "xen-pt map" : "xen-pt remove");
            int expected = Errno.OK;
            int rc;
            if (op.map()) {
                for (int i = 0; i < op.nr(); i++) {
                    if (reference.containsKey(op.vfn() + i)) {
                        expected = Errno.EINVAL;
                        break;
                    }
                    reference.put(op.vfn() + i, op.mfn() + i);
                }
                rc = m.xen.map(va(op.vfn() << 12), mfn(op.mfn()), op.nr(), XenPtFlags.PAGE_HYPERVISOR_RW);
            } else {
                removes++;
                for (int i = 0; i < op.nr(); i++) {
                    reference.remove(op.vfn() + i);
                }
                rc = m.xen.remove(va(op.vfn() << 12), op.nr());
            }
            assertEquals(expected, rc, op.toString());
            for (long base : WINDOWS) {
                for (long vfn = base; vfn < base + WINDOW + MAX_NR; vfn++) {
                    assertEquals(reference.getOrDefault(vfn, -1L), m.translate(vfn), "vfn " + Long.toHexString(vfn));
                }
            }
        }
        long flushes = countAll(m, EventKind.TLB_FLUSH);
        assertEquals(variant == XenPtVariant.RFC ? ops.size() : removes, flushes);
    }

    @Provide Arbitrary<Long> blockAlignedVfn() {
        return Combinators.combine(Arbitraries.longs().between(1, 0x3000), Arbitraries.of(0L, 0L, 1L, 0x1ffL, 0x100L))
                .as((blocks, skew) -> blocks * 512 - skew);
    }

    /**
     * With the block flag the variants choose different sizes but translate every page alike, and
     * the RFC never writes fewer entries than the merged code.
     */
    @Property(tries = 150)
    void bothVariantsTranslateABlockMappingAlike(@ForAll("blockAlignedVfn") long vfn,
            @ForAll("blockAlignedVfn") long mfnBase, @ForAll("sizes") int nr) {
        int[] leaves = new int[2];
        for (XenPtVariant v : XenPtVariant.values()) {
            XenPtMachine m = new XenPtMachine(v);
            assertEquals(0, m.xen.map(va(vfn << 12), mfn(mfnBase), nr, XenPtFlags.parse("rw,block")));
            Set<Long> entries = new HashSet<>();
            for (int i = 0; i < nr; i++) {
                WalkResult w = m.walk(vfn + i);
                assertEquals(mfnBase + i, w.output().value());
                entries.add(w.last().table().value() << 9 | w.last().index());
            }
            assertEquals(-1, m.translate(vfn - 1));
            assertEquals(-1, m.translate(vfn + nr));
            leaves[v.ordinal()] = entries.size();
        }
        assertTrue(leaves[XenPtVariant.RFC.ordinal()] >= leaves[XenPtVariant.MERGED.ordinal()]);
    }

    @Provide Arbitrary<Integer> sizes() {
        return Arbitraries.oneOf(Arbitraries.integers().between(1, 1600), Arbitraries.of(511, 512, 513, 1024, 1025, 1536));
    }

    private static long countAll(XenPtMachine m, EventKind kind) {
        long n = 0;
        for (long e = 0; e < m.trace.size(); e++) {
            if (m.trace.kind(e) == kind) {
                n++;
            }
        }
        return n;
    }
}
