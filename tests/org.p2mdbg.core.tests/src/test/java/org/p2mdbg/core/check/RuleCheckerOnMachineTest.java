package org.p2mdbg.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.machine.Arch;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.machine.Options;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.mem.Va;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.EventRanges;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.core.trace.TraceQuery;
import org.p2mdbg.core.walk.Walker;
import org.p2mdbg.core.xen.arm.pt.XenPageTables;
import org.p2mdbg.core.xen.arm.pt.XenPtFlags;
import org.p2mdbg.core.xen.arm.pt.XenPtVariant;

/** The checkers over the real emulation: what Xen does right gives no finding, seed 000's hazard does. */
class RuleCheckerOnMachineTest {
    private Machine machine;
    private Domain dom0;
    private Domain guest;

    /** dom0 with 4 pages at gfn 0x1000, guest with RAM (2 MiB blocks and 4 KiB pages) and 4 foreign mappings of dom0's pages. */
    private void host(String... options) {
        Options o = new Options();
        for (String option : options) {
            String[] nv = option.split("=", 2);
            o.set(nv[0], nv[1]);
        }
        machine = new Machine(Arch.ARM64, 40, o);
        dom0 = machine.createDomain("dom0", 0, 1);
        guest = machine.createDomain("guest", 1, 1);
        operation("populate dom0 gfn=0x1000 nr=4");
        assertEquals(0, dom0.p2m().populate(new Gfn(0x1000), 4));
        operation("populate guest gfn=0x80000 nr=0x440");
        assertEquals(0, guest.p2m().populate(new Gfn(0x80000), 0x440));
        operation("map guest gfn=0x40000 nr=4 foreign=dom0:0x1000");
        assertEquals(0, guest.p2m().mapForeign(new Gfn(0x40000), 4, dom0, new Gfn(0x1000)));
        operation("unmap guest gfn=0x80201 nr=1");          // splits a 2 MiB block with break-before-make
        assertEquals(0, guest.p2m().removeMapping(new Gfn(0x80201), 1));
    }

    private int operation(String name) { return machine.trace().beginOperation(name); }

    private List<Finding> check(Rule... rules) {
        return RuleChecker.check(machine.trace(), CheckContext.forMachine(machine), EnumSet.copyOf(List.of(rules)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"legacy", "lookup", "remove"})
    void destroyingAGuestWithRestartsBreaksNoRule(String strategy) {
        host("relinquish=" + strategy, "preempt=every:3");
        assertEquals(0, guest.destroy());

        assertEquals(List.of(), RuleChecker.checkAll(machine.trace(), CheckContext.forMachine(machine)));
    }

    @Test void lookupRelinquishThenUnmapBeforeTeardownReadsARelinquishedEntry() {
        host("relinquish=lookup");
        int relinquish = operation("relinquish guest");
        assertEquals(0, guest.relinquish());
        int unmap = operation("unmap guest gfn=0x40001 nr=1");
        assertEquals(0, guest.p2m().removeMapping(new Gfn(0x40001), 1));
        operation("teardown guest");
        guest.teardown();

        Mfn page = Walker.walk(machine.frames()::peek, dom0.p2m().walkRequest(), 0x1001).output();
        long put = first(TraceQuery.over(machine.trace()).operation(relinquish).kinds(EventKind.REF_PUT), EventKind.REF_PUT, page);
        long read = first(TraceQuery.over(machine.trace()).operation(unmap).kinds(EventKind.PTE_READ), EventKind.PTE_READ, page);

        List<Finding> f = check(Rule.RELINQUISHED_ENTRY_ACCESS);
        assertEquals(1, f.size());
        assertEquals(read, f.get(0).event());
        assertEquals(List.of(put, read), f.get(0).proof());
        assertEquals(new Gfn(0x40001), f.get(0).gfn());
        assertEquals(page, f.get(0).mfn());
        // the unmap's p2m_put_l3_page drops guest's reference a second time: dom0's page is freed under dom0
        List<Finding> uaf = check(Rule.USE_AFTER_FREE);
        assertEquals("dom0", uaf.get(0).domain());
        assertEquals(page, uaf.get(0).mfn());
        assertEquals(new Gfn(0x1001), uaf.get(0).gfn());
    }

    @Test void removeRelinquishThenUnmapBeforeTeardownIsFine() {
        host("relinquish=remove");
        operation("relinquish guest");
        assertEquals(0, guest.relinquish());
        operation("unmap guest gfn=0x40001 nr=1");
        assertEquals(0, guest.p2m().removeMapping(new Gfn(0x40001), 1));
        operation("teardown guest");
        guest.teardown();

        // The guest was never marked DYING here, but p2m_teardown freeing its own tables is no use-after-free.
        // Its own RAM does leak: only domain_relinquish_resources' relinquish_memory (run by destroy) gives
        // the allocation references back, so LEAKED_REFERENCE is not asked for.
        assertEquals(List.of(), check(Rule.RELINQUISHED_ENTRY_ACCESS, Rule.USE_AFTER_FREE, Rule.STALE_TLB, Rule.BBM_VIOLATION,
                Rule.TABLE_LEAK));
        // every one of the 0x440 guest pages, 0x80201 too: an unmap drops no allocation reference
        assertEquals(0x440, check(Rule.LEAKED_REFERENCE).size());
    }

    @Test void xensOwnMappingsMappedModifiedAndRemovedBreakNoRule() {
        Trace trace = new Trace();
        FrameStore frames = new FrameStore(0x1000, 4096);
        frames.setJournal(trace);
        trace.beginOperation("boot");
        XenPageTables xen = new XenPageTables(frames, trace, XenPtVariant.RFC);
        trace.beginOperation("xen-pt map virt=0x200000 mfn=0x80000 nr=513 flags=rw,block");
        assertEquals(0, xen.map(new Va(0x200000), new Mfn(0x80000), 513, XenPtFlags.PAGE_HYPERVISOR_RW | XenPtFlags.BLOCK));
        trace.beginOperation("xen-pt modify virt=0x200000 nr=513 flags=ro");
        assertEquals(0, xen.modify(new Va(0x200000), 513, XenPtFlags.PAGE_HYPERVISOR_RO));
        trace.beginOperation("xen-pt remove virt=0x200000 nr=513");
        assertEquals(0, xen.remove(new Va(0x200000), 513));

        CheckContext context = CheckContext.of(trace, List.of(TableRoot.xen(xen.root(), xen.rootLevel())), Map.of());
        assertEquals(List.of(), RuleChecker.checkAll(trace, context));
    }

    @Test void theRootsOfTornDownP2msAreReadFromTheTrace() {
        host("relinquish=remove");
        Mfn dom0Root = dom0.p2m().root();
        Mfn guestRoot = guest.p2m().root();
        assertEquals(0, guest.destroy());

        assertEquals(Mfn.INVALID, guest.p2m().root());
        // arm64 with a 40-bit IPA: the root is at level 1, two concatenated pages
        assertEquals(List.of(TableRoot.p2m(dom0Root, 1, 2, 0, false), TableRoot.p2m(guestRoot, 1, 2, 1, false)),
                MachineRoots.p2mRoots(machine));
        CheckContext context = CheckContext.forMachine(machine);
        assertEquals("guest", context.domainName(1));
        assertEquals("xen", context.domainName(FrameStore.DOMID_XEN));
        assertEquals("d7", context.domainName(7));
    }

    /** The first event of the given kind in the ranges whose value (b) maps or names {@code mfn}. */
    private long first(TraceQuery query, EventKind kind, Mfn mfn) {
        EventRanges r = query.ranges();
        Trace t = machine.trace();
        for (long n = 0; n < r.size(); n++) {
            long e = r.event(n);
            long named = kind == EventKind.REF_PUT ? t.a(e) : (t.b(e) & 1) == 0 ? -1 : Lpae.mfn(t.b(e)).value();
            if (named == mfn.value()) {
                return e;
            }
        }
        throw new AssertionError("no " + kind + " of " + mfn + " in " + r);
    }
}
