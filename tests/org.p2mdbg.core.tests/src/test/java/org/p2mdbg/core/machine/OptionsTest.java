package org.p2mdbg.core.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.x86pv.PvExitStrategy;
import org.p2mdbg.core.xen.arm.pt.XenPtVariant;

class OptionsTest {
    @Test void defaults() {
        Options o = new Options();
        assertEquals(RelinquishStrategy.REMOVE, o.relinquish());
        assertEquals("never", o.preempt().toString());
        assertEquals(XenPtVariant.RFC, o.xenPt());
        assertEquals("per-page", o.iommuFlush());
        assertEquals(false, o.memAccess());
        assertEquals(true, o.iommuCoherentWalk());
        assertEquals(false, o.iommuCachingMode());
        assertEquals(PvExitStrategy.DROP_REFS, o.pvExit());
    }

    @Test void everyOptionBySpelling() {
        Options o = new Options();
        o.set("relinquish", "legacy");
        o.set("preempt", "every:3");
        o.set("xen-pt", "merged");
        o.set("iommu-flush", "accumulate");
        o.set("mem-access", "on");
        o.set("iommu-walk", "non-coherent");
        o.set("iommu-caching-mode", "on");
        o.set("pv-exit", "never-unpin");
        assertEquals("relinquish=legacy preempt=every:3 xen-pt=merged iommu-flush=accumulate mem-access=on iommu-walk=non-coherent"
                + " iommu-caching-mode=on pv-exit=never-unpin", o.toString());
    }

    @Test void aCopyIsIndependent() {
        Options o = new Options();
        Options c = o.copy();
        c.set("relinquish", "lookup");
        assertEquals(RelinquishStrategy.REMOVE, o.relinquish());
        assertEquals(RelinquishStrategy.LOOKUP, c.relinquish());
    }

    @Test void errorsNameTheOptionAndWhatIsExpected() {
        Options o = new Options();
        assertEquals("unknown option relinquis (known: relinquish, preempt, xen-pt, iommu-flush, mem-access, iommu-walk, "
                + "iommu-caching-mode, pv-exit)",
                assertThrows(IllegalArgumentException.class, () -> o.set("relinquis", "remove")).getMessage());
        assertEquals("bad value fast for option relinquish (expected legacy | lookup | remove)",
                assertThrows(IllegalArgumentException.class, () -> o.set("relinquish", "fast")).getMessage());
        assertEquals("bad value every:x for option preempt (expected never, always, every:N or at:N[,N...])",
                assertThrows(IllegalArgumentException.class, () -> o.set("preempt", "every:x")).getMessage());
    }
}
