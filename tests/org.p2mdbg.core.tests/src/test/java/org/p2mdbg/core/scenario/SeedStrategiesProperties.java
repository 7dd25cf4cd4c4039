package org.p2mdbg.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.p2mdbg.core.iommu.IommuContexts;
import org.p2mdbg.core.iommu.IommuKind;
import org.p2mdbg.core.iommu.IotlbFlushStrategy;
import org.p2mdbg.core.mem.Dfn;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.mem.Va;
import org.p2mdbg.core.x86pv.PvAddressSpace;
import org.p2mdbg.core.x86pv.PvExitStrategy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The strategies a scenario is compared across only move costs and findings around: the same
 * scenario text, run by the scenario runner once per value of the option, ends with the same
 * translations (and the same errors). Checked for iommu-flush over random maps, unmaps and
 * don't-flush sections, and for pv-exit over random VMAs and lazy CPUs.
 */
class SeedStrategiesProperties {
    private static RunResult run(String source, String option, String value) {
        return ScenarioRunner.start(ScenarioParser.parse("p.p2m", source), Map.of(option, value)).runToEnd();
    }

    // ---- iommu-flush ----

    /** DMA frames around a level-1 table boundary and, for an HVM AMD-Vi table, its 1 GiB growth boundary. */
    private static final long BASE = 0x3ffe0;
    private static final int WINDOW = 64;

    record IommuOp(int kind, int order, int slot, long mfn) {
        long dfn() { return BASE + ((long) (slot % (WINDOW >> order)) << order); }

        /** 0 map, 1 unmap, 2 the don't-flush flag on, 3 off, 4 caching mode on, 5 off. */
        String statement() {
            return switch (kind) {
                case 0 -> "iommu-map nic0 dfn=" + dfn() + " mfn=" + (mfn << order) + " order=" + order + " perm=rw";
                case 1 -> "iommu-unmap nic0 dfn=" + dfn() + " order=" + order;
                case 2 -> "iommu-dont-flush on";
                case 3 -> "iommu-dont-flush off";
                case 4 -> "option iommu-caching-mode=on";
                default -> "option iommu-caching-mode=off";
            };
        }
    }

    @Provide Arbitrary<List<IommuOp>> iommuOps() {
        return Combinators.combine(Arbitraries.of(0, 0, 0, 1, 1, 2, 3, 4, 5), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, WINDOW - 1), Arbitraries.longs().between(0x100, 0x800))
                .as(IommuOp::new).list().ofMinSize(1).ofMaxSize(16);
    }

    @Property(tries = 100)
    void everyIommuFlushStrategyLeavesTheSameTranslations(@ForAll("iommuOps") List<IommuOp> ops, @ForAll boolean vtd,
                                                          @ForAll boolean hvm) {
        StringBuilder source = new StringBuilder("machine " + (hvm ? "x86_64-hvm" : "x86_64-pv") + "\ndomain guest id=1\n"
                + "device nic0 iommu=" + (vtd ? IommuKind.VTD : IommuKind.AMDVI).scenarioName() + " domain=guest\n");
        Map<Long, Long> reference = new HashMap<>();
        for (IommuOp op : ops) {
            source.append(op.statement()).append('\n');
            for (long i = 0; op.kind() <= 1 && i < 1L << op.order(); i++) {
                if (op.kind() == 0) {
                    reference.put(op.dfn() + i, (op.mfn() << op.order()) + i);
                } else {
                    reference.remove(op.dfn() + i);
                }
            }
        }
        for (IotlbFlushStrategy s : IotlbFlushStrategy.values()) {
            RunResult r = run(source.toString(), "iommu-flush", s.scenarioName());
            assertEquals(List.of(), r.errors(), s.scenarioName());
            IommuContexts iommus = r.systems().iommus().orElseThrow();
            for (long dfn = BASE; dfn < BASE + WINDOW; dfn++) {
                Mfn seen = iommus.translate("nic0", new Dfn(dfn)).mfn();
                assertEquals(reference.containsKey(dfn) ? new Mfn(reference.get(dfn)) : Mfn.INVALID, seen,
                        s.scenarioName() + " dfn " + Long.toHexString(dfn) + "\n" + source);
            }
        }
    }

    // ---- pv-exit ----

    private static final long[] REGIONS = {0x400000L, 0x600000L, 0x40000000L, 0x8000000000L};

    record Vma(int region, int offset, int pages) {
        long start() { return REGIONS[region] + (long) offset * 0x1000; }

        long end() { return start() + pages * 0x1000L; }
    }

    @Provide Arbitrary<List<Vma>> vmas() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 700),
                Arbitraries.integers().between(1, 24)).as(Vma::new).list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide Arbitrary<Set<Integer>> lazyCpus() { return Arbitraries.integers().between(1, 2).set(); }

    @Property(tries = 40)
    void everyPvExitStrategyLeavesTheSameEmptyAddressSpace(@ForAll("vmas") List<Vma> vmas, @ForAll("lazyCpus") Set<Integer> lazy) {
        // 16 MiB: few enough frames to count the page-table frames left at the end
        StringBuilder source = new StringBuilder("machine x86_64-pv memory=16M\ndomain guest id=1 vcpus=3\n");
        TreeMap<Long, Long> ranges = new TreeMap<>();
        for (Vma v : vmas) {
            Map.Entry<Long, Long> below = ranges.floorEntry(v.end() - 1);
            if (below == null || below.getValue() <= v.start()) {
                ranges.put(v.start(), v.end());
                source.append("pv-map guest va=").append(v.start()).append(" nr=").append(v.pages()).append('\n');
            }
        }
        // Linux pins an mm before it runs (activate_mm)
        source.append("pv-pin guest\n");
        for (int cpu : lazy) {
            source.append("pv-cr3 guest cpu=").append(cpu).append('\n');
        }
        source.append("checkpoint before-exit\npv-exit guest\n");
        List<Long> frames = null;
        for (PvExitStrategy s : PvExitStrategy.values()) {
            ScenarioRunner runner = ScenarioRunner.start(ScenarioParser.parse("p.p2m", source.toString()), Map.of("pv-exit", s.scenarioName()));
            RunResult beforeExit = runner.runTo(runner.scenario().size() - 1);
            PvAddressSpace mm = beforeExit.systems().pvAddressSpace(beforeExit.machine().domain("guest").orElseThrow()).orElseThrow();
            List<Long> mapped = new ArrayList<>();
            for (Map.Entry<Long, Long> range : ranges.entrySet()) {
                for (long va = range.getKey(); va < range.getValue(); va += 0x1000) {
                    Mfn mfn = mm.translate(new Va(va));
                    assertNotEquals(Mfn.INVALID, mfn);
                    mapped.add(mfn.value());
                }
            }
            if (frames == null) {
                frames = mapped;
            }
            assertEquals(frames, mapped, "the same frames before the exit");
            RunResult r = runner.runToEnd();
            assertEquals(List.of(), r.errors(), s.scenarioName());
            for (Map.Entry<Long, Long> range : ranges.entrySet()) {
                for (long va = range.getKey(); va < range.getValue(); va += 0x1000) {
                    assertEquals(Mfn.INVALID, mm.translate(new Va(va)), s.scenarioName());
                }
            }
            FrameStore store = r.machine().frames();
            for (long data : mapped) {
                assertEquals(1, store.refs(new Mfn(data)), s.scenarioName() + ": the data page keeps its allocation reference only");
            }
            int tables = 0;
            for (long f = store.firstMfn(); f < store.endMfn(); f++) {
                tables += store.kind(new Mfn(f)) == FrameKind.PV_PAGE_TABLE ? 1 : 0;
            }
            assertEquals(3, tables, s.scenarioName() + ": swapper_pg_dir and the two pgds are all that is left");
        }
    }
}
