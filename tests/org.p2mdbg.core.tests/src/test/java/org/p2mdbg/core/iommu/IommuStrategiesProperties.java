package org.p2mdbg.core.iommu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.p2mdbg.core.machine.Arch;

/**
 * The three flush strategies only move flushes around: run side by side on the same maps and
 * unmaps they agree with a plain map of dfn to mfn, return the same codes, and never flush more than
 * the page-by-page code (VT-d in caching mode, AMD-Vi); accumulate and caller, which differ only in
 * who issues the flush, cost exactly the same for single statements.
 */
class IommuStrategiesProperties {
    /** The window of DMA frames: around a level-1 table boundary and, for AMD-Vi HVM, the 1 GiB growth boundary. */
    private static final long BASE = 0x3ffe0;
    private static final int WINDOW = 64;

    record Op(boolean map, int order, int slot, long mfn) {
        long dfn() { return BASE + ((long) slot << order); }
    }

    @Provide Arbitrary<List<Op>> ops() {
        Arbitrary<Op> op = Combinators.combine(Arbitraries.of(true, true, false), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, WINDOW - 1), Arbitraries.longs().between(0x100, 0x800).map(m -> m * 4))
                .as((map, order, slot, mfn) -> new Op(map, order, slot % (WINDOW >> order), mfn));
        return op.list().ofMinSize(1).ofMaxSize(20);
    }

    @Provide Arbitrary<IommuKind> kinds() { return Arbitraries.of(IommuKind.VTD, IommuKind.AMDVI); }

    @Property(tries = 150)
    void everyStrategyLeavesTheSameTranslations(@ForAll("ops") List<Op> ops, @ForAll("kinds") IommuKind kind, @ForAll boolean hvm) {
        Map<IotlbFlushStrategy, IommuMachine> machines = new EnumMap<>(IotlbFlushStrategy.class);
        for (IotlbFlushStrategy s : IotlbFlushStrategy.values()) {
            IommuMachine m = new IommuMachine(hvm ? Arch.X86_64_HVM : Arch.X86_64_PV, kind, s);
            m.iommus.setVtdCachingMode(true);
            machines.put(s, m);
        }
        Map<Long, Long> reference = new HashMap<>();
        for (Op op : ops) {
            Map<IotlbFlushStrategy, Map<String, Long>> costs = new EnumMap<>(IotlbFlushStrategy.class);
            for (Map.Entry<IotlbFlushStrategy, IommuMachine> entry : machines.entrySet()) {
                IommuMachine m = entry.getValue();
                int rc = op.map() ? m.map(op.dfn(), op.mfn(), op.order()) : m.unmap(op.dfn(), op.order());
                assertEquals(0, rc, entry.getKey().scenarioName());
                costs.put(entry.getKey(), m.costs());
            }
            for (long i = 0; i < 1L << op.order(); i++) {
                if (op.map()) {
                    reference.put(op.dfn() + i, op.mfn() + i);
                } else {
                    reference.remove(op.dfn() + i);
                }
            }
            assertEquals(costs.get(IotlbFlushStrategy.ACCUMULATE), costs.get(IotlbFlushStrategy.CALLER));
            long perPage = costs.get(IotlbFlushStrategy.PER_PAGE).get("iotlb_flushes");
            assertTrue(costs.get(IotlbFlushStrategy.ACCUMULATE).get("iotlb_flushes") <= perPage, op.toString());
        }
        for (long dfn = BASE; dfn < BASE + WINDOW; dfn++) {
            long expected = reference.getOrDefault(dfn, -1L);
            for (Map.Entry<IotlbFlushStrategy, IommuMachine> entry : machines.entrySet()) {
                assertEquals(expected, entry.getValue().translate(dfn), entry.getKey().scenarioName() + " dfn " + Long.toHexString(dfn));
            }
        }
    }
}
