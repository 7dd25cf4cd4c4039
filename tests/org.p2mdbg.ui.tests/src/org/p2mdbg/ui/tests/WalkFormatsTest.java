package org.p2mdbg.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.p2mdbg.core.dump.Aarch64Registers;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionManager;
import org.p2mdbg.ui.EventJump;
import org.p2mdbg.ui.WalkTargets;
import org.p2mdbg.ui.dump.Aarch64RegistersDialog;
import org.p2mdbg.ui.dump.DumpAddressWalk;
import org.p2mdbg.ui.dump.DumpEntry;
import org.p2mdbg.ui.dump.DumpRoot;
import org.p2mdbg.ui.dump.DumpTable;
import org.p2mdbg.ui.dump.DumpTablePage;
import org.p2mdbg.ui.dump.GuestDump;
import org.p2mdbg.ui.dump.GuestDumpView;
import org.p2mdbg.ui.dump.GuestDumps;
import org.p2mdbg.ui.dump.OpenGuestDumpJob;
import org.p2mdbg.ui.graph.WalkDiagramView;
import org.p2mdbg.ui.graph.WalkFigure;
import org.p2mdbg.ui.inspector.DescriptorInspectorView;
import org.p2mdbg.ui.tables.AddressSpace;
import org.p2mdbg.ui.tables.PageTablesView;

/**
 * The inspector and the walk diagram on formats other than a p2m's: a dumped x86-64 PTE and AArch64
 * page, their walks level by level, a device's VT-d walk beside the p2m walk of the same frame (seed
 * 003), and the dialog that asks an AArch64 dump's registers.
 */
class WalkFormatsTest {
    private IWorkbenchPage page;

    @BeforeEach
    void openPerspective() {
        page = Ui.perspective();
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1500, 940);
    }

    @AfterEach
    void close() {
        GuestDumps.get().roots().forEach(GuestDumps.get()::remove);
        SessionManager.get().setCurrent(null);
    }

    /** The entry a path of indices reaches from a dump's first root table, opening only the tables on the way. */
    private static DumpEntry entry(DumpRoot root, int... indices) {
        Object table = root.children()[0];
        DumpEntry e = null;
        for (int index : indices) {
            e = null;
            for (Object c : ((DumpTable) table).children()) {
                for (Object entry : c instanceof DumpTablePage p ? p.children() : new Object[] {c}) {
                    if (((DumpEntry) entry).index() == index) {
                        e = (DumpEntry) entry;
                    }
                }
            }
            table = e.hasChildren() ? e.children()[0] : null;
        }
        return e;
    }

    @Test
    void anX86PteReadsFieldByFieldAndItsWalkNamesTheTables() throws Exception {
        Path file = SyntheticDumps.x86(Files.createTempDirectory("dump").resolve("x86.elf"));
        DumpRoot root = GuestDumps.get().add(GuestDump.open(file));
        DumpEntry pte = entry(root, 0, 1, 1, 5);
        assertEquals("[5] VA 0x40205000: 4 KiB page → PA 0x7000", pte.label());
        DumpTable pd = (DumpTable) entry(root, 0, 1).children()[0];
        assertEquals(List.of("[0..63] VA 0x40000000–0x47ffffff (58 valid)", "[64..127] VA 0x48000000–0x4fffffff (14 valid)"),
                Arrays.stream(pd.children()).map(p -> ((DumpTablePage) p).label()).toList(), "72 valid entries shown in pages of 64");
        assertEquals(((DumpTablePage) pd.children()[0]), entry(root, 0, 1, 1).parent());

        DescriptorInspectorView inspector = Ui.show(page, DescriptorInspectorView.ID, DescriptorInspectorView.class);
        inspector.inspect(pte);
        assertEquals("0x8000000000007003   (4 KiB page)", inspector.rawText());
        List<String> rows = inspector.rows();
        assertEquals(List.of("P", "RW", "US", "PWT", "PCD", "A", "D", "PAT", "G", "AVL", "ADDR", "ignored", "PK", "NX"),
                rows.stream().map(r -> r.substring(0, r.indexOf(' '))).toList());
        assertTrue(rows.contains("ADDR [51:12] 0x7 page at 0x7000"), rows.toString());
        assertTrue(rows.contains("NX [63] 0x1 execute disable"), rows.toString());
        assertTrue(rows.contains("US [2] 0x0 supervisor"), rows.toString());

        WalkDiagramView walk = Ui.show(page, WalkDiagramView.ID, WalkDiagramView.class);
        walk.show(pte);
        WalkFigure figure = (WalkFigure) walk.contents();
        assertEquals(List.of(List.of("PML4 table @ PA 0x1000", "[0] 0x0000000000002067\ntable"),
                List.of("PDPT table @ PA 0x2000", "[1] 0x0000000000003067\ntable"),
                List.of("PD table @ PA 0x3000", "[1] 0x0000000000004067\ntable"),
                List.of("PT table @ PA 0x4000", "[5] 0x8000000000007003\n4 KiB page"),
                List.of("PA 0x7000", "4 KiB mapping")),
                figure.boxes().stream().map(InspectorAndWalkTest::labels).toList());
    }

    @Test
    void anAarch64PageDescriptorAndItsL0ToL3Walk() throws Exception {
        Path file = SyntheticDumps.aarch64(Files.createTempDirectory("dump").resolve("arm.elf"));
        Aarch64Registers regs = new Aarch64Registers(OptionalLong.of(SyntheticDumps.L0), OptionalLong.empty(), SyntheticDumps.ARM_TCR);
        DumpRoot root = GuestDumps.get().add(GuestDump.open(file, regs));
        assertEquals(1, root.children().length, "TTBR1_EL1 is off (EPD1): one root table");
        DumpEntry page3 = entry(root, 0, 0, 2, 0);

        DescriptorInspectorView inspector = Ui.show(page, DescriptorInspectorView.ID, DescriptorInspectorView.class);
        inspector.inspect(page3);
        assertEquals("arm.elf TTBR0_EL1 — L3 table PA 0x4000[0] (AArch64 stage 1 (TTBR0_EL1))", inspector.inspected().title());
        assertEquals("0x0020000000007f43   (4 KiB page)", inspector.rawText());
        assertEquals(List.of("valid [0] 0x1 valid", "type [1] 0x1 4 KiB page", "AttrIndx [4:2] 0x0 MAIR_EL1.Attr0",
                "NS [5] 0x0 secure (ignored in non-secure state)", "AP [7:6] 0x1 EL1 and EL0 read/write", "SH [9:8] 0x3 inner shareable",
                "AF [10] 0x1 accessed", "nG [11] 0x1 not global (ASID-tagged)", "OA [47:12] 0x7 maps 0x7000", "GP [50] 0x0 not guarded",
                "DBM [51] 0x0 0", "Contiguous [52] 0x0 0", "PXN [53] 0x1 EL1 execute never", "UXN [54] 0x0 EL0 may execute",
                "SW [58:55] 0x0 0x0", "PBHA [62:59] 0x0 0x0"), inspector.rows());

        WalkDiagramView walk = Ui.show(page, WalkDiagramView.ID, WalkDiagramView.class);
        walk.show(page3);
        assertEquals(List.of("L0 table @ PA 0x1000", "L1 table @ PA 0x2000", "L2 table @ PA 0x3000", "L3 table @ PA 0x4000", "PA 0x7000"),
                ((WalkFigure) walk.contents()).boxes().stream().map(b -> InspectorAndWalkTest.labels(b).get(0)).toList());
        assertEquals(0x7000L, walk.shownWalk().output());
        assertEquals("[2] 0x0000000000004003\ntable", InspectorAndWalkTest.labels(((WalkFigure) walk.contents()).boxes().get(2)).get(1));

        // the block next to it is a leaf at L2
        DumpEntry block = entry(root, 0, 0, 3);
        assertEquals("[3] VA 0x600000: 2 MiB block → PA 0x600000", block.label());
        assertFalse(block.hasChildren());
    }

    @Test
    void aDeviceWalkOfTheSameFrameIsDrawnBesideTheP2mWalk() throws Exception {
        P2mSession session = Ui.open("seed003-dma-after-free");
        int relinquish = 0;
        while (!session.trace().operationName(relinquish).startsWith("relinquish")) {
            relinquish++;
        }
        EventJump.to(session, session.trace().operationStart(relinquish));   // after the iommu-unmap, before the pages go
        Ui.processEvents();
        WalkDiagramView walk = Ui.show(page, WalkDiagramView.ID, WalkDiagramView.class);
        var p2m = AddressSpace.of(session.model()).get(0).tables();

        walk.show(WalkTargets.of(p2m, 0x80001));
        assertEquals(List.of("guest IPA 0x80001000 (p2m, stage 2)", "nic0 IOVA 0x80001000 (VT-d second level)"),
                walk.shownWalks().stream().map(w -> w.title()).toList());
        WalkFigure unmapped = (WalkFigure) walk.contents();
        assertEquals(List.of("translation fault", "at SL-PT"), InspectorAndWalkTest.labels(unmapped.rows().get(1).get(4)));
        assertTrue(labelTexts(unmapped).contains("• nic0 and the p2m disagree: the device reaches nothing, the guest MFN 0x40005"),
                labelTexts(unmapped).toString());

        walk.show(WalkTargets.of(p2m, 0x80000));
        WalkFigure figure = (WalkFigure) walk.contents();
        assertEquals(2, figure.rows().size());
        assertEquals(List.of("L1", "L2", "L3", "MFN"), figure.rows().get(0).stream()
                .map(b -> InspectorAndWalkTest.labels(b).get(0).split(" ")[0]).toList());
        assertEquals(List.of("SL-PML4 table @ MFN 0x40008", "SL-PDPT table @ MFN 0x40009", "SL-PD table @ MFN 0x4000a",
                "SL-PT table @ MFN 0x4000b", "MFN 0x40002"), figure.rows().get(1).stream().map(b -> InspectorAndWalkTest.labels(b).get(0)).toList());
        assertEquals("[2] 0x000000004000a003\nnext-level table",
                InspectorAndWalkTest.labels(figure.rows().get(1).get(1)).get(1));
        assertTrue(labelTexts(figure).contains("• nic0 and the p2m agree: both reach MFN 0x40002"), labelTexts(figure).toString());
        assertTrue(labelTexts(figure).contains("same frame"), labelTexts(figure).toString());

        page.setPartState(page.getReference(walk), IWorkbenchPage.STATE_MAXIMIZED);
        Path shot = screenshots().resolve("view-walk-nested.png");
        Ui.screenshot(shot);
        page.setPartState(page.getReference(walk), IWorkbenchPage.STATE_RESTORED);
        assertTrue(Files.size(shot) > 5_000);

        // stepping to the end: relinquish took the page from the p2m, the device still reaches it
        EventJump.to(session, session.trace().size() - 1);
        Ui.processEvents();
        assertEquals("translation fault at L3[0]: invalid", walk.shownWalks().get(0).outcome());
        assertEquals(0x40002000L, walk.shownWalks().get(1).output());
        assertTrue(labelTexts(walk.contents()).contains("• nic0 and the p2m disagree: the device reaches MFN 0x40002, the guest nothing"),
                labelTexts(walk.contents()).toString());
        assertTrue(labelTexts(walk.contents()).contains("differs"), labelTexts(walk.contents()).toString());
    }

    @Test
    void aP2mTornDownLaterIsWalkedAsItWasAtTheSessionsPosition() {
        P2mSession session = Ui.open("seed000-relinquish-remove");   // ends with the guest's p2m torn down
        int destroy = 0;
        while (!session.trace().operationName(destroy).startsWith("destroy")) {
            destroy++;
        }
        EventJump.to(session, session.trace().operationStart(destroy));
        Ui.processEvents();
        WalkDiagramView walk = Ui.show(page, WalkDiagramView.ID, WalkDiagramView.class);
        walk.show(WalkTargets.of(AddressSpace.of(session.model()).get(1).tables(), 0x80400));
        assertEquals("guest IPA 0x80400000 (p2m, stage 2)", walk.shownWalk().title());
        assertTrue(walk.shownWalk().isMapped(), walk.shownWalk().outcome());
    }

    @Test
    void xensVlptLoadIsLinkedToTheP2mEntryItReads() {
        P2mSession session = Ui.open("seed001-vlpt");
        int secondPrepare = 0;
        int prepares = 0;
        while (prepares < 2) {
            if (session.trace().operationName(secondPrepare).startsWith("vlpt prepare")) {
                prepares++;
            }
            secondPrepare++;
        }
        EventJump.to(session, session.trace().operationStart(secondPrepare - 1));   // guest's VLPT prepared and looked up once
        Ui.processEvents();
        WalkDiagramView walk = Ui.show(page, WalkDiagramView.ID, WalkDiagramView.class);
        walk.show(WalkTargets.of(AddressSpace.of(session.model()).get(0).tables(), 0x80003));
        assertEquals(List.of("guest IPA 0x80003000 (p2m, stage 2)", "Xen VA 0x8400018 (VLPT of IPA 0x80003000, stage 1)"),
                walk.shownWalks().stream().map(w -> w.title()).toList());
        WalkFigure figure = (WalkFigure) walk.contents();
        assertEquals(List.of("MA 0x40006018", "one 8-byte load"), InspectorAndWalkTest.labels(figure.rows().get(1).get(3)));
        assertTrue(labelTexts(figure).contains("loads this entry"), labelTexts(figure).toString());
        assertTrue(labelTexts(figure).contains("• the VLPT load reads the p2m's L3 entry [3]: the right one"), labelTexts(figure).toString());
    }

    @Test
    void theAarch64DialogNamesTheFieldThatIsWrong() throws Exception {
        Path file = SyntheticDumps.aarch64(Files.createTempDirectory("dump").resolve("arm-dialog.elf"));
        Aarch64RegistersDialog dialog = new Aarch64RegistersDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), file);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertEquals("TCR_EL1: required (it gives the granules, the VA sizes and the PA size)", dialog.error());
            assertFalse(dialog.canFinish());
            dialog.setField(0, "0x1000");
            dialog.setField(2, "0xzz");
            assertEquals("TCR_EL1: '0xzz' is not a 64-bit hex value", dialog.error());
            dialog.setField(1, "12345678901234567");
            assertEquals("TTBR1_EL1: '12345678901234567' is not a 64-bit hex value", dialog.error());
            dialog.setField(1, "");
            dialog.setField(2, Long.toHexString(SyntheticDumps.ARM_TCR | 3L << 14));
            assertEquals("TCR_EL1.TG0 = 0b11 is a reserved granule encoding", dialog.error());
            dialog.setField(2, Long.toHexString(SyntheticDumps.ARM_TCR & ~0x3fL | 8));
            assertEquals("TCR_EL1.T0SZ = 8 gives 56-bit addresses; with the 4 KiB granule and DS = 0 at most 48", dialog.error());
            dialog.setField(2, "0x" + Long.toHexString(SyntheticDumps.ARM_TCR));
            assertNull(dialog.error());
            assertTrue(dialog.canFinish());
            assertEquals(SyntheticDumps.L0, dialog.registers().ttbr0().getAsLong());
        } finally {
            dialog.close();
        }
    }

    @Test
    void anAarch64DumpIsBrowsedInThePageTablesAndDrivesTheInspectorAndTheWalk() throws Exception {
        SessionManager.get().setCurrent(null);
        Path file = SyntheticDumps.aarch64(Files.createTempDirectory("dump").resolve("arm64-guest.elf"));
        Aarch64Registers regs = new Aarch64Registers(OptionalLong.of(SyntheticDumps.L0), OptionalLong.empty(), SyntheticDumps.ARM_TCR);
        GuestDumpView dumpView = Ui.show(page, GuestDumpView.ID, GuestDumpView.class);
        new OpenGuestDumpJob(file, regs).schedule();
        Ui.waitFor(() -> dumpView.dump() != null && dumpView.mappingsViewer().getTable().getItemCount() == 2);
        dumpView.showWalk(0x400123L);

        DescriptorInspectorView inspector = Ui.show(page, DescriptorInspectorView.ID, DescriptorInspectorView.class);
        WalkDiagramView walk = Ui.show(page, WalkDiagramView.ID, WalkDiagramView.class);
        page.activate(dumpView);
        dumpView.showWalk(0x600010L);   // the Guest Dump view offers the address it walks to the diagram
        Ui.waitFor(() -> walk.shown() instanceof DumpAddressWalk);
        assertEquals(List.of("L0", "L1", "L2"), walk.shownWalk().levels().stream().map(l -> l.levelName()).toList());
        assertEquals(0x600010L, walk.shownWalk().output());

        PageTablesView tables = Ui.show(page, PageTablesView.ID, PageTablesView.class);
        Ui.waitFor(() -> tables.viewer().getTree().getItemCount() == 1);
        TreeItem rootItem = tables.viewer().getTree().getItem(0);
        assertTrue(rootItem.getText().startsWith("arm64-guest.elf — AArch64 stage 1"), rootItem.getText());
        DumpEntry page3 = entry((DumpRoot) rootItem.getData(), 0, 0, 2, 0);
        tables.viewer().expandToLevel(page3, 0);
        page.activate(tables);
        tables.viewer().setSelection(new StructuredSelection(page3), true);
        Ui.waitFor(() -> page3.equals(inspector.inspected()) && page3.equals(walk.shown()));
        assertEquals(0x7000L, walk.shownWalk().output());

        Path shot = screenshots().resolve("view-dump-aarch64.png");
        Ui.screenshot(shot);
        assertTrue(Files.size(shot) > 5_000);
        page.hideView(dumpView);
    }

    private static List<String> labelTexts(IFigure figure) {
        List<String> out = new ArrayList<>();
        collect(figure, out);
        return out;
    }

    private static void collect(IFigure f, List<String> out) {
        if (f instanceof Label l) {
            out.add(l.getText());
        }
        for (Object c : f.getChildren()) {
            collect((IFigure) c, out);
        }
    }

    private static Path screenshots() {
        String docs = System.getProperty("p2mdbg.screenshots.docs", "");
        return Path.of(docs.isBlank() ? System.getProperty("p2mdbg.screenshots", "target/screenshots") : docs);
    }
}
