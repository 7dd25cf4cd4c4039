package org.p2mdbg.core.x86pv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.mem.Va;

/**
 * The exit strategies only move costs around: for random VMAs (in one or several pmd, pud and pgd
 * slots) and random CPUs keeping the mm lazily, every strategy ends with no user mapping, every
 * table page but the two pgds and swapper_pg_dir freed, and every data page back to its allocation
 * reference; drop-refs never traps, and a strategy that leaves the tree pinned traps every PTE clear.
 */
class PvExitProperties {
    private static final long[] REGIONS = {0x400000L, 0x600000L, 0x40000000L, 0x8000000000L};

    record Vma(int region, int offset, int pages) {
        long start() { return REGIONS[region] + (long) offset * 0x1000; }
    }

    @Provide Arbitrary<List<Vma>> vmas() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 700),
                Arbitraries.integers().between(1, 24)).as(Vma::new).list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide Arbitrary<Set<Integer>> lazyCpus() { return Arbitraries.integers().between(1, 2).set(); }

    /** Maps the VMAs that do not overlap earlier ones; returns their ranges (start -> end). */
    private static TreeMap<Long, Long> build(PvMachine m, List<Vma> vmas) {
        TreeMap<Long, Long> ranges = new TreeMap<>();
        for (Vma v : vmas) {
            long s = v.start();
            long e = s + v.pages() * 0x1000L;
            Map.Entry<Long, Long> below = ranges.floorEntry(e - 1);
            if (below != null && below.getValue() > s) {
                continue;
            }
            ranges.put(s, e);
            m.op("pv-map");
            m.mm.map(new Va(s), v.pages());
        }
        return ranges;
    }

    @Property(tries = 60)
    void everyStrategyEndsWithTheSameEmptyAddressSpace(@ForAll("vmas") List<Vma> vmas, @ForAll("lazyCpus") Set<Integer> lazy) {
        List<Long> pages = null;
        for (PvExitStrategy s : PvExitStrategy.values()) {
            PvMachine m = new PvMachine(3);
            TreeMap<Long, Long> ranges = build(m, vmas);
            m.pin();
            for (int cpu : lazy) {
                m.cr3(cpu);
            }
            List<Long> mapped = new ArrayList<>();
            for (Map.Entry<Long, Long> r : ranges.entrySet()) {
                for (long va = r.getKey(); va < r.getValue(); va += 0x1000) {
                    Mfn mfn = m.mm.translate(new Va(va));
                    assertNotEquals(Mfn.INVALID, mfn);
                    mapped.add(mfn.value());
                }
            }
            if (pages == null) {
                pages = mapped;
            }
            assertEquals(pages, mapped, "the same frames before the exit");
            m.exit(s);
            for (long data : mapped) {
                assertEquals(1, m.machine.frames().refs(new Mfn(data)), s.scenarioName());
            }
            for (Map.Entry<Long, Long> r : ranges.entrySet()) {
                assertEquals(Mfn.INVALID, m.mm.translate(new Va(r.getKey())));
            }
            int tables = 0;
            for (long f = m.machine.frames().firstMfn(); f < m.machine.frames().endMfn(); f++) {
                tables += m.machine.frames().kind(new Mfn(f)) == FrameKind.PV_PAGE_TABLE ? 1 : 0;
            }
            assertEquals(3, tables, s.scenarioName());
            long ptes = mapped.size();
            if (s == PvExitStrategy.DROP_REFS) {
                assertEquals(0, m.cost("trapped_writes"));
            }
            if (s == PvExitStrategy.NEVER_UNPIN || (s == PvExitStrategy.TRY_UNPIN && !lazy.isEmpty())) {
                assertEquals(ptes, m.cost("trapped_writes"), s.scenarioName());
                assertEquals(0, m.cost("direct_writes"), s.scenarioName());
            }
            assertEquals(s == PvExitStrategy.DROP_REFS ? lazy.size() : 0, m.cost("ipis"), s.scenarioName());
        }
    }
}
