package org.p2mdbg.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionManager;
import org.p2mdbg.ui.EventJump;
import org.p2mdbg.ui.TablesWalkTarget;
import org.p2mdbg.ui.graph.AddressMapView;
import org.p2mdbg.ui.graph.AddressRun;
import org.p2mdbg.ui.graph.RunKind;
import org.p2mdbg.ui.graph.WalkDiagramView;
import org.p2mdbg.ui.tables.AddressSpace;

/** The Address Map: runs by kind read from the tables, zoom, selection, and stepping. */
class AddressMapViewTest {
    private IWorkbenchPage page;
    private AddressMapView view;

    @BeforeEach
    void openPerspective() {
        page = Ui.perspective();
        view = Ui.show(page, AddressMapView.ID, AddressMapView.class);
    }

    @AfterEach
    void closeSession() { SessionManager.get().setCurrent(null); }

    @Test
    void theThinSliceIsAPageThenABlock() {
        Ui.open("thin-slice");
        List<AddressRun> mapped = view.runs().stream().filter(r -> r.kind() != RunKind.HOLE).toList();
        assertEquals(2, mapped.size(), mapped.toString());
        assertEquals(0x80000, mapped.get(0).firstFrame());
        assertEquals(RunKind.PAGE_4K, mapped.get(0).kind());
        assertEquals(1, mapped.get(0).frames());
        assertEquals(0x80200, mapped.get(1).firstFrame());
        assertEquals(RunKind.BLOCK_2M, mapped.get(1).kind());
        assertEquals(512, mapped.get(1).frames());
        assertEquals(0x80000, view.shownFrom(), "fitted to what is mapped");
        assertEquals(0x80400, view.shownTo());
        assertTrue(view.figure().rowCount() >= 16);
        assertEquals(0x80000, view.figure().rowFrom(0));
    }

    @Test
    void foreignMappingsShowUntilRelinquishRemovesThem() {
        P2mSession session = Ui.open("seed000-relinquish-remove");
        view.showSpace(AddressSpace.of(session.model()).get(1));
        assertTrue(view.runs().stream().noneMatch(r -> r.kind() == RunKind.FOREIGN), "after destroy nothing is mapped");
        EventJump.to(session, session.result().checkpoints().get("before-destroy") - 1);
        AddressRun foreign = view.runs().stream().filter(r -> r.kind() == RunKind.FOREIGN).findFirst().orElseThrow();
        assertEquals(0x40000, foreign.firstFrame());
        assertEquals(0x600, foreign.frames());
        assertTrue(view.runs().stream().anyMatch(r -> r.kind() == RunKind.BLOCK_2M && r.firstFrame() == 0x80000
                && r.firstMfn().equals(new Mfn(0x100000))), "the 2 MiB device superpage");
    }

    @Test
    void relinquishedRangesGrowAsRelinquishPutsTheForeignReferences() {
        P2mSession session = Ui.open("seed000-relinquish-lookup");
        view.showSpace(AddressSpace.of(session.model()).get(1));
        long start = session.result().checkpoints().get("before-destroy");
        EventJump.to(session, start);
        assertTrue(view.runs().stream().noneMatch(r -> r.kind() == RunKind.RELINQUISHED), "nothing before relinquish");
        Mfn first = view.runs().stream().filter(r -> r.kind() == RunKind.FOREIGN).findFirst().orElseThrow().firstMfn();
        // Just after relinquish put the reference of the third foreign page (dom0's MFN first + 2):
        // relinquish walks gfns upwards, so gfns 0x40000..0x40002 are given back, their entries kept.
        Trace trace = session.trace();
        long put = start;
        while (!(trace.kind(put) == EventKind.REF_PUT && trace.a(put) == first.value() + 2)) {
            put++;
        }
        EventJump.to(session, put + 1);
        List<AddressRun> shown = view.runs().stream()
                .filter(r -> r.kind() == RunKind.RELINQUISHED || r.kind() == RunKind.FOREIGN).toList();
        assertEquals(List.of(new AddressRun(0x40000, 3, RunKind.RELINQUISHED, first),
                new AddressRun(0x40003, 0x5fd, RunKind.FOREIGN, first.add(3))), shown);
    }

    @Test
    void zoomAndSelectionDescribeARunAndShowItsWalk() {
        Ui.open("thin-slice");
        WalkDiagramView walk = Ui.show(page, WalkDiagramView.ID, WalkDiagramView.class);
        page.activate(view);
        long width = view.shownTo() - view.shownFrom();
        view.zoom(0.25);
        assertEquals(width / 4, view.shownTo() - view.shownFrom());
        view.setRange(0, 1L << 28);
        assertEquals(1L << 28, view.shownTo(), "a 40-bit IPA space holds 2^28 frames");
        view.selectFrame(0x80300);
        assertTrue(view.statusText().contains("2 MiB blocks"), view.statusText());
        Ui.waitFor(() -> walk.shownWalk() != null && walk.shown() instanceof TablesWalkTarget t && t.frame() == 0x80300);
        assertEquals(2L << 20, walk.shownWalk().size());
    }
}
