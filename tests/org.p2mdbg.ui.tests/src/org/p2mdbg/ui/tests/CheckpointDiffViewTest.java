package org.p2mdbg.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionManager;
import org.p2mdbg.ui.diff.CheckpointDiffView;
import org.p2mdbg.ui.diff.DiffNode;
import org.p2mdbg.ui.inspector.DescriptorInspectorView;

/** The Checkpoint Diff view: the tree of what changed between two points, opened lazily, and going to an entry. */
class CheckpointDiffViewTest {
    private IWorkbenchPage page;

    @BeforeEach
    void openPerspective() { page = Ui.perspective(); }

    @AfterEach
    void closeSession() { SessionManager.get().setCurrent(null); }

    @SuppressWarnings("unchecked")
    private static List<DiffNode> rows(CheckpointDiffView view) { return (List<DiffNode>) view.viewer().getInput(); }

    private static List<String> texts(List<DiffNode> nodes) { return nodes.stream().map(DiffNode::text).toList(); }

    @Test
    void fromRelinquishedToTheEndTheGuestIsTornDownAndDom0sPagesAreFreedUnderIt() throws Exception {
        Ui.open("seed000-access-after-relinquish");
        CheckpointDiffView view = Ui.show(page, CheckpointDiffView.ID, CheckpointDiffView.class);
        view.compare("checkpoint relinquished", "end");
        assertEquals("seed000-access-after-relinquish.p2m: from checkpoint relinquished (event 134) to end (event 163)",
                view.getContentDescription());
        // p2mdbg diff examples/seed000-access-after-relinquish.p2m --from relinquished --to @end says the same
        List<DiffNode> top = rows(view);
        assertEquals(List.of("domain dom0: 0 added, 0 removed, 0 changed; 0 tables allocated, 0 freed",
                "domain guest (torn down in between): 0 added, 6 removed, 0 changed; 0 tables allocated, 4 freed",
                "reference counts changed (2)", "findings new (5)"), texts(top));
        List<DiffNode> guest = top.get(1).children();
        assertEquals(List.of("tables allocated (0)", "tables freed (4)", "entries changed (6)"), texts(guest));
        assertEquals(List.of("MFN 0x40002", "MFN 0x40003", "MFN 0x4000a", "MFN 0x4000b"), texts(guest.get(1).children()));
        List<DiffNode> entries = guest.get(2).children();
        assertTrue(entries.get(0).text().startsWith("removed  level 1  gfn 0x40000..0x7ffff: "), entries.get(0).text());
        assertTrue(entries.get(2).text().startsWith("removed  level 3  gfn 0x40000: 0x"), entries.get(2).text());
        assertTrue(entries.get(2).text().endsWith(" → 0x0 (invalid)"), entries.get(2).text());
        // the RFC's lookup left the entries, so the later unmap put dom0's pages a second time
        assertEquals(List.of("MFN 0x40007: 1 → 0", "MFN 0x40008: 1 → 0"), texts(top.get(2).children()));
        assertEquals(List.of("RELINQUISHED_ENTRY_ACCESS @138", "STALE_TLB @142", "USE_AFTER_FREE @142", "RELINQUISHED_ENTRY_ACCESS @149",
                "USE_AFTER_FREE @155"), top.get(3).children().stream().map(n -> n.text().substring(0, n.text().indexOf(':'))).toList());
        view.viewer().expandToLevel(top.get(1), 2);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1400, 860);
        Ui.screenshot(Ui.screenshotDir().resolve("view-checkpoint-diff.png"));
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void aDoubleClickedEntryIsSelectedInPageTablesAndTheInspector() {
        P2mSession session = Ui.open("seed000-access-after-relinquish");
        session.seek(session.result().checkpoints().get("relinquished"));
        Ui.processEvents();
        CheckpointDiffView view = Ui.show(page, CheckpointDiffView.ID, CheckpointDiffView.class);
        view.compare("current event", "end");
        DiffNode leaf = rows(view).get(1).children().get(2).children().get(2);   // gfn 0x40000, level 3
        DescriptorInspectorView inspector = Ui.show(page, DescriptorInspectorView.ID, DescriptorInspectorView.class);
        view.open(leaf);
        Ui.waitFor(() -> inspector.shown() != null && inspector.shown().table().equals(new Mfn(0x4000b)));
        assertEquals(0, inspector.shown().index());
        assertEquals(3, inspector.shown().level());
    }

    @Test
    void aLongListOpensAPageOfAHundredRowsAtATime() {
        Ui.open("seed000-relinquish-remove");
        CheckpointDiffView view = Ui.show(page, CheckpointDiffView.ID, CheckpointDiffView.class);
        view.compare("checkpoint before-destroy", "end");
        DiffNode entries = rows(view).get(1).children().get(2);
        assertEquals("entries changed (1546)", entries.text());
        List<DiffNode> pages = entries.children();
        assertEquals(16, pages.size());
        assertEquals("[0..99]", pages.get(0).text());
        assertEquals("[1500..1545]", pages.get(15).text());
        assertEquals(46, pages.get(15).children().size());
    }
}
