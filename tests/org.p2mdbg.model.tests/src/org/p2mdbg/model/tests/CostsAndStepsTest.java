package org.p2mdbg.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.trace.CostCounter;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.model.CostSummary;
import org.p2mdbg.model.Operation;
import org.p2mdbg.model.P2mPackage;
import org.p2mdbg.model.Step;
import org.p2mdbg.model.live.CostSummaries;
import org.p2mdbg.model.live.LiveMachine;
import org.p2mdbg.model.live.LiveOperation;

/** The trace as the model shows it: operations, their steps made page by page, and costs counted from events. */
class CostsAndStepsTest {
    private final LiveMachine model = ThinSlice.model();

    @Test void everyCounterOfTheJsonContractIsAnAttribute() {
        assertEquals(18, CostCounter.NAMES.length);
        assertEquals(18, P2mPackage.Literals.COST_SUMMARY.getEAllAttributes().size());
        List<String> attributes = new ArrayList<>();
        for (String name : CostCounter.NAMES) {
            attributes.add(CostSummaries.attribute(name).getName());
        }
        assertEquals(List.of("pteReads", "pteWrites", "tableAllocs", "tableFrees", "tlbFlushes", "iotlbFlushes",
                "iotlbFlushesAdded", "iotlbFlushesModified", "cacheCleans", "preemptChecks", "preemptions", "pageRefsPut",
                "hypercalls", "multicallBatches", "trappedWrites", "directWrites", "ipis", "cr3Loads"), attributes);
        assertThrows(IllegalArgumentException.class, () -> CostSummaries.attribute("page_faults"));
    }

    @Test void theOperationsOfTheThinSlice() {
        List<Operation> ops = model.getOperations();
        assertEquals(List.of("create domain guest", "map guest gfn=0x80000 nr=1 mfn=0x50000 type=ram_rw",
                "map guest gfn=0x80200 nr=512 mfn=0x60000 type=ram_rw"), ops.stream().map(Operation::getText).toList());
        assertEquals(List.of(0L, 7L, 20L), ops.stream().map(Operation::getFirstEvent).toList());
        assertEquals(List.of(7L, 20L, 26L), ops.stream().map(Operation::getEndEvent).toList());
    }

    /**
     * Mapping the 4 KiB page into an empty p2m: __p2m_set_entry reads the level-1 and level-2 entries,
     * creates both tables (one write each, then the entry is read again), reads and writes the
     * level-3 entry. Coherent IOMMU walk: no cache clean; nothing was mapped before: no TLB flush.
     */
    @Test void theCostsOfMappingOnePage() {
        CostSummary costs = model.getOperations().get(1).getCosts();
        assertEquals(5, costs.getPteReads());
        assertEquals(3, costs.getPteWrites());
        assertEquals(2, costs.getTableAllocs());
        assertEquals(0, costs.getTlbFlushes());
        assertEquals(0, costs.getCacheCleans());
        assertEquals(0, costs.getPageRefsPut());
    }

    @Test void theMachinesCostsFollowThePosition() {
        CostSummary total = model.getCosts();
        // p2m_alloc_table: the 2 root pages; the page's mapping: 2 more tables
        assertEquals(4, total.getTableAllocs());
        assertEquals(1, total.getTlbFlushes());
        model.refresh(7);
        assertSame(total, model.getCosts());
        assertEquals(2, total.getTableAllocs());
        assertEquals(0, total.getPteWrites());
    }

    @Test void stepsAreMadeAPageAtATime() {
        LiveOperation map = (LiveOperation) model.getOperations().get(1);
        assertFalse(map.eIsSet(P2mPackage.Literals.OPERATION__STEPS));
        List<Step> steps = map.getSteps();
        assertEquals(13, steps.size());   // the whole operation fits the first page of 256
        Step write = steps.get(11);
        assertEquals(18, write.getIndex());
        assertEquals(EventKind.PTE_WRITE, write.getKind());
        assertEquals(0x40003L << 9, write.getA());   // table MFN << 9 | index 0
        assertEquals(0L, write.getB());
        assertEquals(0x800000500007ffL, write.getC());
        assertNull(write.getDetail());
        assertSame(write, map.steps(18, 1).get(0));
        assertThrows(IndexOutOfBoundsException.class, () -> map.steps(19, 2));
    }
}
