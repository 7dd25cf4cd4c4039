package org.p2mdbg.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.decode.DecodedLevel;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionManager;
import org.p2mdbg.model.Descriptor;
import org.p2mdbg.model.DescriptorKind;
import org.p2mdbg.ui.EventJump;
import org.p2mdbg.ui.InspectableEntry;
import org.p2mdbg.ui.ModelSearch;
import org.p2mdbg.ui.TablesWalkTarget;
import org.p2mdbg.ui.WalkTarget;
import org.p2mdbg.ui.WalkTargets;
import org.p2mdbg.ui.graph.WalkDiagramView;
import org.p2mdbg.ui.graph.WalkFigure;
import org.p2mdbg.ui.inspector.DescriptorInspectorView;
import org.p2mdbg.ui.inspector.InspectedEntry;
import org.p2mdbg.ui.tables.AddressSpace;
import org.p2mdbg.ui.tables.PageTablesView;
import org.p2mdbg.ui.trace.TraceView;

/** The Descriptor Inspector and the Walk Diagram following the selection and the session's steps. */
class InspectorAndWalkTest {
    private IWorkbenchPage page;

    @BeforeEach
    void openPerspective() { page = Ui.perspective(); }

    @AfterEach
    void closeSession() { SessionManager.get().setCurrent(null); }

    @Test
    void theBlockReadsFieldByField() {
        P2mSession session = Ui.open("thin-slice");
        DescriptorInspectorView inspector = Ui.show(page, DescriptorInspectorView.ID, DescriptorInspectorView.class);
        Descriptor block = ModelSearch.firstOfKind(session.model(), DescriptorKind.BLOCK);
        inspector.inspect(InspectedEntry.of(block));
        List<String> rows = inspector.rows();
        assertTrue(rows.contains("OA [47:12] 0x" + Long.toHexString(block.getOutputMfn().value()) + " output MFN "
                + block.getOutputMfn()), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("S2AP [7:6] 0x3 read/write")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("SW [58:55] 0x1") && r.endsWith("p2m type ram_rw")), rows.toString());
        assertTrue(inspector.rawText().endsWith("(block)"), inspector.rawText());
    }

    @Test
    void steppingOntoAWriteShowsOldAndNew() {
        P2mSession session = Ui.open("thin-slice");
        DescriptorInspectorView inspector = Ui.show(page, DescriptorInspectorView.ID, DescriptorInspectorView.class);
        long write = firstEvent(session, EventKind.PTE_WRITE, session.trace().operationStart(2));
        EventJump.to(session, write);
        Ui.processEvents();
        assertEquals(session.trace().a(write) & 511, inspector.shown().index(), "follows the entry the step writes");
        assertTrue(inspector.rawText().startsWith("written by event #" + write), inspector.rawText());
        assertTrue(inspector.rows().stream().anyMatch(r -> r.startsWith("valid [0] 0x1") && r.contains("| before 0x0")),
                inspector.rows().toString());
    }

    @Test
    void anEntryEventSelectedInTheTraceIsInspected() {
        P2mSession session = Ui.open("thin-slice");
        DescriptorInspectorView inspector = Ui.show(page, DescriptorInspectorView.ID, DescriptorInspectorView.class);
        TraceView trace = Ui.show(page, TraceView.ID, TraceView.class);
        trace.showKind(EventKind.PTE_READ);
        trace.viewer().setSelection(new StructuredSelection(new org.p2mdbg.ui.trace.TraceEvent(trace.eventAt(0))));
        Ui.waitFor(() -> inspector.shown() != null && inspector.shown().index() == (session.trace().a(trace.eventAt(0)) & 511));
    }

    @Test
    void theWalkOfAPageIsDrawnLevelByLevel() {
        P2mSession session = Ui.open("thin-slice");
        WalkDiagramView walk = Ui.show(page, WalkDiagramView.ID, WalkDiagramView.class);
        walk.show(WalkTargets.of(AddressSpace.of(session.model()).get(0).tables(), 0x80000));
        WalkFigure figure = (WalkFigure) walk.contents();
        assertEquals(4, figure.boxes().size(), "levels 1, 2, 3, then the output frame");
        assertTrue(labels(figure.boxes().get(0)).get(0).startsWith("L1 table @ MFN 0x"), labels(figure.boxes().get(0)).toString());
        assertTrue(labels(figure.boxes().get(2)).get(1).endsWith("\npage"), labels(figure.boxes().get(2)).toString());
        assertEquals(List.of("MFN 0x" + Long.toHexString(walk.shownWalk().output() >>> 12), "4 KiB mapping"), labels(figure.boxes().get(3)));
    }

    @Test
    void theWalkFollowsSteppingAndOutlinesTheEntryWritten() {
        P2mSession session = Ui.open("thin-slice");
        WalkDiagramView walk = Ui.show(page, WalkDiagramView.ID, WalkDiagramView.class);
        walk.show(WalkTargets.of(AddressSpace.of(session.model()).get(0).tables(), 0x80000));
        DecodedLevel mapping = walk.shownWalk().last();
        int populate = 1;   // "create domain guest", then "populate guest gfn=0x80000 nr=1"
        EventJump.to(session, session.trace().operationStart(populate));
        Ui.processEvents();
        assertFalse(walk.shownWalk().isMapped(), "before the populate the gfn is a hole");

        long write = session.trace().operationStart(populate);
        while (!(session.trace().kind(write) == EventKind.PTE_WRITE
                && session.trace().a(write) == ((mapping.table() >>> 12) << 9 | mapping.index()))) {
            write++;
        }
        EventJump.to(session, write);
        Ui.processEvents();
        assertTrue(walk.shownWalk().isMapped(), "the write maps the gfn");
        List<String> l3 = labels(((WalkFigure) walk.contents()).boxes().get(2));
        assertTrue(l3.contains("written by event #" + write + "\nwas 0x0000000000000000"), l3.toString());
    }

    @Test
    void aSelectedDescriptorFromThePageTablesDrivesBoth() {
        P2mSession session = Ui.open("thin-slice");
        DescriptorInspectorView inspector = Ui.show(page, DescriptorInspectorView.ID, DescriptorInspectorView.class);
        WalkDiagramView walk = Ui.show(page, WalkDiagramView.ID, WalkDiagramView.class);
        PageTablesView tables = Ui.show(page, PageTablesView.ID, PageTablesView.class);
        page.activate(tables);
        Descriptor target = tables.goTo(AddressSpace.of(session.model()).get(0), 0x80000);
        Ui.waitFor(() -> walk.shown() != null && inspector.shown() != null && inspector.shown().level() == 3);
        assertEquals(target.getIndex(), inspector.shown().index());
        assertEquals(0x80000, ((TablesWalkTarget) walk.shown()).frame());
    }

    @Test
    void aDescriptorAdaptsToItsEntryAndItsWalkThroughThePlatform() {
        P2mSession session = Ui.open("thin-slice");
        Descriptor block = ModelSearch.firstOfKind(session.model(), DescriptorKind.BLOCK);
        InspectableEntry entry = Adapters.adapt(block, InspectableEntry.class);
        InspectedEntry expected = InspectedEntry.of(block);
        assertEquals(expected.title(), entry.title(), "the entry the inspector shows for a selected descriptor");
        assertEquals(expected.value(), entry.value());
        assertEquals(block.getLevel(), entry.level());
        WalkTarget target = Adapters.adapt(block, WalkTarget.class);
        assertEquals(block.getInputStart() >>> 12, ((TablesWalkTarget) target).frame(), "the walk of the first frame it maps");
        DecodedLevel last = target.walks().get(0).last();
        assertEquals(block.getLevel(), last.level(), "the walk ends at the block");
        assertEquals(block.getIndex() % 512, last.index());
        assertNull(Adapters.adapt(session.model(), InspectableEntry.class), "only descriptors adapt");
    }

    static long firstEvent(P2mSession s, EventKind kind, long from) {
        long e = from;
        while (s.trace().kind(e) != kind) {
            e++;
        }
        return e;
    }

    static List<String> labels(IFigure box) {
        return box.getChildren().stream().filter(Label.class::isInstance).map(f -> ((Label) f).getText()).toList();
    }
}
