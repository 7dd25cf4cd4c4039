package org.p2mdbg.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.p2mdbg.core.decode.DecodedWalk;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionManager;
import org.p2mdbg.model.Descriptor;
import org.p2mdbg.ui.EventJump;
import org.p2mdbg.ui.graph.WalkDiagramView;
import org.p2mdbg.ui.inspector.DescriptorInspectorView;
import org.p2mdbg.ui.tables.AddressSpace;
import org.p2mdbg.ui.tables.PageTablesView;
import org.p2mdbg.ui.tables.PageTablesViewAccess;

/**
 * A device's VT-d entry (seed 003) and a PV process's PTE (seed 002) selected in the Page Tables
 * view drive the Descriptor Inspector (the format's fields, old → new on the write) and the Walk
 * Diagram (the format's level names, the device's walk beside the p2m's), and both follow stepping.
 */
class DeviceAndProcessWalkTest {
    private IWorkbenchPage page;
    private PageTablesView tables;
    private DescriptorInspectorView inspector;
    private WalkDiagramView walk;

    @BeforeEach
    void openViews() {
        page = Ui.perspective();
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1500, 940);
    }

    @AfterEach
    void close() { SessionManager.get().setCurrent(null); }

    @Test
    void aVtdLeafSelectedInPageTablesIsInspectedAndWalkedBesideTheP2m() throws Exception {
        P2mSession session = Ui.open("seed003-iommu-flush-vtd");
        AddressSpace nic0 = DeviceAndProcessTablesTest.space(session, "nic0 (VT-d)");
        assertEquals("Go to DFN / IOVA in nic0 (VT-d)", PageTablesViewAccess.goToTitle(nic0));
        Descriptor leaf = select(nic0, 0x80200);

        assertEquals("nic0 VT-d — SL-PT table 0x40008[0] (VT-d second level)", inspector.inspected().title());
        assertEquals("0x0000000080200803   (4 KiB page)", inspector.rawText());
        assertEquals(List.of("R [0] 0x1 readable", "W [1] 0x1 writable", "X [2] 0x0 not executable", "EMT [5:3] 0x0 UC",
                "IPAT [6] 0x0 PAT applies", "PS [7] 0x0 ignored at level 1", "SNP [11] 0x1 snooped", "ADDR [51:12] 0x80200 page at MFN 0x80200",
                "TM [62] 0x0 not transient"), inspector.rows());

        assertEquals("nic0 DFN 0x80200 (VT-d)", walk.shown().title());
        DecodedWalk device = walk.shownWalk();
        assertEquals("nic0 IOVA 0x80200000 (VT-d second level)", device.title());
        assertEquals(List.of("SL-PML4[0]", "SL-PDPT[2]", "SL-PD[1]", "SL-PT[0]"), levels(device));
        assertEquals(0x80200000L, device.output());
        assertEquals(List.of("nic0 IOVA 0x80200000 (VT-d second level)"), walk.shownWalks().stream().map(DecodedWalk::title).toList(),
                "the guest of this scenario has no p2m to walk beside the device's tables");
        assertEquals(List.of(), walk.shown().notes());
        assertEquals(leaf.getRaw(), device.last().descriptor());

        page.setPartState(page.getReference(walk), IWorkbenchPage.STATE_MAXIMIZED);
        Path shot = screenshots().resolve("view-walk-iommu.png");
        Ui.screenshot(shot);
        page.setPartState(page.getReference(walk), IWorkbenchPage.STATE_RESTORED);
        assertTrue(Files.size(shot) > 5_000);

        // step to map_page's write of the leaf: the inspector shows 0 → the entry, and one event back the walk faults at SL-PT
        long write = DeviceAndProcessTablesTest.firstWriteTo(session.trace(), 0x40008, 0, false);
        EventJump.to(session, write);
        Ui.processEvents();
        assertEquals("written by event #" + write + ":  0x0000000000000000  →  0x0000000080200803   (not present → 4 KiB page)",
                inspector.rawText());
        assertEquals(0x80200000L, walk.shownWalk().output());
        EventJump.to(session, write - 1);
        Ui.processEvents();
        assertEquals("translation fault at SL-PT[0]: not present", walk.shownWalk().outcome());
    }

    @Test
    void aPvPteSelectedInPageTablesIsInspectedAndItsX86WalkFollowsTheExit() throws Exception {
        P2mSession session = Ui.open("seed002-pv-exit");
        EventJump.to(session, session.result().checkpoints().get("before-exit") - 1);
        Ui.processEvents();
        AddressSpace mm = DeviceAndProcessTablesTest.space(session, "guest process (PV)");
        assertEquals("Go to VA in guest process (PV)", PageTablesViewAccess.goToTitle(mm));
        select(mm, 0x400);

        assertEquals("guest process — PT table 0x40005[0] (x86-64 4-level)", inspector.inspected().title());
        assertEquals("0x8000000040006067   (4 KiB page)", inspector.rawText());
        assertEquals(List.of("P [0] 0x1 present", "RW [1] 0x1 read/write", "US [2] 0x1 user", "PWT [3] 0x0 write-back", "PCD [4] 0x0 cacheable",
                "A [5] 0x1 accessed", "D [6] 0x1 dirty", "PAT [7] 0x0 PAT index bit 2 = 0", "G [8] 0x0 not global", "AVL [11:9] 0x0 0x0",
                "ADDR [51:12] 0x40006 page at MFN 0x40006", "NX [63] 0x1 not executable"), inspector.rows());

        assertEquals("guest process VA 0x400000 (x86-64 PV, pgd 0x40001)", walk.shown().title());
        assertEquals(List.of("PML4[0]", "PDPT[0]", "PD[2]", "PT[0]"), levels(walk.shownWalk()));
        assertEquals(0x40006000L, walk.shownWalk().output());

        // the exit clears the PTE: at the clearing write the inspector shows old → 0, and the walk then stops at the PT
        long clear = DeviceAndProcessTablesTest.firstWriteTo(session.trace(), 0x40005, 0, true);
        EventJump.to(session, clear);
        Ui.processEvents();
        assertEquals("written by event #" + clear + ":  0x8000000040006067  →  0x0000000000000000   (4 KiB page → not present)",
                inspector.rawText());
        assertEquals("translation fault at PT[0]: not present", walk.shownWalk().outcome());
    }

    private Descriptor select(AddressSpace space, long frame) {
        Ui.processEvents();
        // the views the session's perspective shows
        inspector = Ui.show(page, DescriptorInspectorView.ID, DescriptorInspectorView.class);
        walk = Ui.show(page, WalkDiagramView.ID, WalkDiagramView.class);
        tables = Ui.show(page, PageTablesView.ID, PageTablesView.class);
        page.activate(tables);
        Descriptor d = tables.goTo(space, frame);
        Ui.processEvents();
        assertEquals(d, ((IStructuredSelection) tables.viewer().getSelection()).getFirstElement());
        return d;
    }

    private static List<String> levels(DecodedWalk w) { return w.levels().stream().map(l -> l.levelName() + "[" + l.index() + "]").toList(); }

    private static Path screenshots() {
        String docs = System.getProperty("p2mdbg.screenshots.docs", "");
        return Path.of(docs.isBlank() ? System.getProperty("p2mdbg.screenshots", "target/screenshots") : docs);
    }
}
