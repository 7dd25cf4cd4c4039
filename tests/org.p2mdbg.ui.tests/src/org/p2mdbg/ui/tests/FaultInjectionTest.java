package org.p2mdbg.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.Map;

import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.p2mdbg.ui.save.SaveSessionJob;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.p2mdbg.core.check.Finding;
import org.p2mdbg.core.check.Rule;
import org.p2mdbg.core.machine.RelinquishStrategy;
import org.p2mdbg.core.diff.TableTree;
import org.p2mdbg.core.format.lpae.Stage;
import org.p2mdbg.core.inject.DescriptorInjection;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.walk.WalkStep;
import org.p2mdbg.core.walk.Walker;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionManager;
import org.p2mdbg.debug.session.SessionOpener;
import org.p2mdbg.ui.findings.FindingsView;
import org.p2mdbg.ui.inspector.DescriptorInspectorView;
import org.p2mdbg.ui.inspector.FaultInjectionJob;
import org.p2mdbg.ui.inspector.InjectFaultDialog;
import org.p2mdbg.ui.inspector.InspectedEntry;
import org.p2mdbg.ui.trace.TraceView;

/**
 * A fault injected from the Descriptor Inspector: the seed-000 guest's first foreign page loses its
 * valid bit just before destroy, the scenario runs again, and the views show the new findings.
 */
class FaultInjectionTest {
    /** The level-3 entry of gfn 0x40000 (dom0's page 0x40200, p2m type map_foreign) before destroy. */
    private static final long FOREIGN_PAGE = 0x3400000402007ffL;
    private static final Mfn LEAF_TABLE = new Mfn(0x40a06);
    private IWorkbenchPage page;

    @BeforeEach
    void openPerspective() { page = Ui.perspective(); }

    @AfterEach
    void closeSession() { SessionManager.get().setCurrent(null); }

    @Test
    void clearingAForeignPagesValidBitBeforeDestroyLeaksItsReference() throws Exception {
        P2mSession base = Ui.open("seed000-relinquish-remove");
        long beforeDestroy = base.result().checkpoints().get("before-destroy");
        assertEquals(23126, beforeDestroy);
        base.seek(beforeDestroy);
        Ui.processEvents();
        TableTree guest = TableTree.of(base.result()).stream().filter(t -> t.name().equals("guest")).findFirst().orElseThrow();
        WalkStep leaf = Walker.walk(base.machine().frames()::peek, guest.request(), 0x40000).last();
        assertEquals(LEAF_TABLE, leaf.table());
        assertEquals(0, leaf.index());
        assertEquals(FOREIGN_PAGE, leaf.descriptor());
        InspectedEntry entry = new InspectedEntry("guest p2m", LEAF_TABLE, 0, 3, Stage.STAGE2);
        DescriptorInspectorView inspector = Ui.show(page, DescriptorInspectorView.ID, DescriptorInspectorView.class);
        inspector.inspect(entry);

        InjectFaultDialog dialog = new InjectFaultDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), entry, FOREIGN_PAGE);
        dialog.setBlockOnOpen(false);
        dialog.open();
        long edited;
        String what;
        try {
            dialog.type("valid [0]", "2");
            assertEquals("valid [0] is 1 bit wide (0..0x1): 0x2 does not fit", dialog.getErrorMessage());
            assertFalse(dialog.canFinish());
            assertNull(dialog.edited());
            dialog.type("S2AP [7:6]", "rw");
            assertEquals("S2AP [7:6]: expected a number (decimal or 0x hex, at most 64 bits), found 'rw'", dialog.getErrorMessage());
            dialog.type("valid [0]", "0");
            assertNull(dialog.getErrorMessage());
            assertTrue(dialog.canFinish());
            edited = dialog.edited();
            what = dialog.what();
            Ui.settle(300);
            Ui.screenshot(Ui.screenshotDir().resolve("inject-fault-dialog.png"));
        } finally {
            dialog.close();
        }
        assertEquals(0x3400000402007feL, edited);
        assertEquals("valid [0] = 0x0", what);

        FaultInjectionJob job = new FaultInjectionJob(base, new DescriptorInjection(base.position(), LEAF_TABLE, 0, 3, edited, what));
        job.schedule();
        Ui.waitFor(() -> job.result() != null && SessionManager.get().current() == job.result());
        Ui.settle(200);
        P2mSession injected = job.result();
        assertEquals("seed000-relinquish-remove.p2m + 1 fault", injected.name());
        assertEquals(beforeDestroy + 2, injected.position());
        assertEquals(EventKind.FAULT_INJECTION, injected.trace().kind(beforeDestroy));
        assertEquals(EventKind.PTE_WRITE, injected.trace().kind(beforeDestroy + 1));
        // relinquish now skips the entry: one put_page fewer, and dom0's page keeps the guest's reference
        assertEquals(1542, base.result().costs().get("page_refs_put"));
        assertEquals(1541, injected.result().costs().get("page_refs_put"));
        assertEquals(List.of(), base.result().findings());
        List<Finding> findings = injected.result().findings();
        assertEquals(List.of(Rule.STALE_TLB, Rule.LEAKED_REFERENCE), findings.stream().map(Finding::rule).toList());
        assertEquals(new Mfn(0x40200), findings.get(1).mfn());

        assertTrue(inspector.rawText().startsWith("written by event #23127:  0x03400000402007ff  →  0x03400000402007fe"), inspector.rawText());
        FindingsView findingsView = Ui.show(page, FindingsView.ID, FindingsView.class);
        TreeItem[] rows = findingsView.viewer().getTree().getItems();
        assertEquals(List.of("STALE_TLB", "LEAKED_REFERENCE"), Arrays.stream(rows).map(r -> r.getText(0)).toList());
        Ui.show(page, DescriptorInspectorView.ID, DescriptorInspectorView.class);
        Ui.screenshot(Ui.screenshotDir().resolve("fault-injected.png"));

        TraceView trace = Ui.show(page, TraceView.ID, TraceView.class);
        trace.showKind(EventKind.FAULT_INJECTION);
        assertEquals(1, trace.rowCount());
        String[] row = trace.rowText(0);
        assertEquals(List.of(Long.toString(beforeDestroy), "FAULT_INJECTION",
                "table 0x40a06[0]: 0x3400000402007ff (page 0x40200) → 0x3400000402007fe (invalid) — valid [0] = 0x0"),
                List.of(row[0], row[2], row[4]));
        trace.showKind(null);

        // saved with its injection and opened again: the load injects it again and checks every event
        Path saved = Files.createTempFile("injected", ".p2mt");
        SaveSessionJob.save(injected, saved, new NullProgressMonitor());
        P2mSession reloaded = SessionOpener.open(saved, Map.of());
        assertEquals(injected.trace().size(), reloaded.trace().size());
        assertEquals(List.of(Rule.STALE_TLB, Rule.LEAKED_REFERENCE), reloaded.result().findings().stream().map(Finding::rule).toList());
        assertEquals(1, FaultInjectionJob.injections(reloaded).size());
        Files.delete(saved);
        SessionManager.get().setCurrent(injected);
        Ui.processEvents();

        injected.seek(beforeDestroy);   // step back over the injection: the descriptor is as the plain run left it
        Ui.processEvents();
        assertEquals(FOREIGN_PAGE, entry.valueIn(injected.machine().frames()));
        assertTrue(inspector.rawText().startsWith("0x03400000402007ff"), inspector.rawText());
    }

    /**
     * The re-run keeps the options the session was launched with (a launch override relinquish=lookup
     * over the scenario's relinquish=remove): the costs are lookup's, with the injected write and one
     * put_page fewer ({@code run --option relinquish=lookup}: 14885 reads, 1550 writes, 1542 puts).
     */
    @Test
    void theReRunKeepsTheSessionsLaunchOptions() throws Exception {
        P2mSession base = SessionOpener.open(Ui.example("seed000-relinquish-remove"), Map.of("relinquish", "lookup"));
        long beforeDestroy = base.result().checkpoints().get("before-destroy");
        base.seek(beforeDestroy);
        FaultInjectionJob job = new FaultInjectionJob(base,
                new DescriptorInjection(beforeDestroy, LEAF_TABLE, 0, 3, 0x3400000402007feL, "valid [0] = 0x0"));
        job.schedule();
        Ui.waitFor(() -> job.result() != null && SessionManager.get().current() == job.result());
        P2mSession injected = job.result();
        assertEquals(Map.of("relinquish", "lookup"), injected.options());
        assertEquals(RelinquishStrategy.LOOKUP, injected.machine().options().relinquish());
        Map<String, Long> costs = injected.result().costs();
        assertEquals(List.of(14885L, 1551L, 1541L), List.of(costs.get("pte_reads"), costs.get("pte_writes"), costs.get("page_refs_put")));
        assertEquals(List.of(Rule.STALE_TLB, Rule.LEAKED_REFERENCE), injected.result().findings().stream().map(Finding::rule).toList());
    }
}
