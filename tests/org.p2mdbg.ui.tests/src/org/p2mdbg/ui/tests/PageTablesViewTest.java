package org.p2mdbg.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionManager;
import org.p2mdbg.model.Descriptor;
import org.p2mdbg.model.DescriptorKind;
import org.p2mdbg.model.Table;
import org.p2mdbg.ui.EventJump;
import org.p2mdbg.ui.ModelSearch;
import org.p2mdbg.ui.P2mPerspective;
import org.p2mdbg.ui.costs.CostsView;
import org.p2mdbg.ui.findings.FindingsView;
import org.p2mdbg.ui.inspector.DescriptorInspectorView;
import org.p2mdbg.ui.tables.AddressSpace;
import org.p2mdbg.ui.tables.DescriptorPage;
import org.p2mdbg.ui.tables.InputRange;
import org.p2mdbg.ui.tables.PageTablesView;
import org.p2mdbg.ui.tables.PageTablesViewAccess;
import org.p2mdbg.ui.trace.TraceView;
import org.p2mdbg.ui.graph.AddressMapView;
import org.p2mdbg.ui.graph.WalkDiagramView;

/** The Page Tables view: the tree of an example, its filters and pages, "Go to", and stepping. */
class PageTablesViewTest {
    private IWorkbenchPage page;
    private PageTablesView view;

    @BeforeEach
    void openPerspective() {
        page = Ui.perspective();
        view = Ui.show(page, PageTablesView.ID, PageTablesView.class);
    }

    @AfterEach
    void closeSession() {
        SessionManager.get().setCurrent(null);
        view.filter().setValidOnly(true);
        view.filter().setRange(InputRange.ALL);
        view.filter().setKindShown(DescriptorKind.BLOCK, true);
    }

    @Test
    void perspectiveHasEveryView() {
        assertEquals(P2mPerspective.ID, page.getPerspective().getId());
        for (String id : List.of(PageTablesView.ID, WalkDiagramView.ID, AddressMapView.ID, DescriptorInspectorView.ID,
                TraceView.ID, FindingsView.ID, CostsView.ID)) {
            assertNotNull(page.findView(id), id);
        }
    }

    @Test
    void exampleDomainIsShownAndTheBlockShowsItsFieldsAndWalk() {
        P2mSession session = Ui.open("thin-slice");
        String shown = PageTablesView.describeShownContent(PlatformUI.getWorkbench());
        assertTrue(shown.contains("guest"), shown);

        Descriptor block = ModelSearch.firstOfKind(session.model(), DescriptorKind.BLOCK);
        assertEquals(2, block.getLevel(), "the example maps a 2 MiB block");
        view.reveal(block);
        assertEquals(block, ((IStructuredSelection) view.viewer().getSelection()).getFirstElement());

        IPropertySource properties = PageTablesViewAccess.propertySource(view, block);
        assertTrue(String.valueOf(properties.getPropertyValue("field:OA")).contains("output MFN " + block.getOutputMfn()));
        assertTrue(String.valueOf(properties.getPropertyValue("field:S2AP")).contains("read"));

        WalkDiagramView walk = Ui.show(page, WalkDiagramView.ID, WalkDiagramView.class);
        page.activate(view);
        view.reveal(block);
        Ui.waitFor(() -> walk.shownWalk() != null);
        assertEquals(2L << 20, walk.shownWalk().size(), "a 2 MiB mapping");
        assertEquals(block.getOutputMfn().value() << 12, walk.shownWalk().output());
    }

    @Test
    void goToAGfnOpensJustItsPathAndSelectsItsPage() {
        P2mSession session = Ui.open("thin-slice");
        AddressSpace guest = AddressSpace.of(session.model()).get(0);
        Descriptor page4k = view.goTo(guest, 0x80000);
        assertEquals(DescriptorKind.PAGE, page4k.getKind());
        assertEquals(3, page4k.getLevel());
        assertEquals(0x80000000L, page4k.getInputStart());
        assertEquals(page4k, ((IStructuredSelection) view.viewer().getSelection()).getFirstElement());
        Table l3 = (Table) page4k.eContainer();
        assertTrue(view.viewer().getExpandedState(l3), "the level-3 table on the path is open");
    }

    @Test
    void theGoToDialogTakesAnIpaAndNamesItsFrame() {
        P2mSession session = Ui.open("seed004-block-order-merged");
        List<AddressSpace> spaces = AddressSpace.of(session.model());
        assertEquals(List.of("Xen"), spaces.stream().map(AddressSpace::name).toList(), "a machine with Xen's tables only");
        Dialog dialog = PageTablesViewAccess.goToDialog(view.getSite().getShell(), spaces);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Button ok = findButton(dialog.getShell(), "OK");
            Text value = findText(dialog.getShell());
            value.setText("0x4020z000");
            assertFalse(ok.isEnabled(), "not a number");
            value.setText("0x40100000");
            assertTrue(ok.isEnabled());
            assertEquals(0x40100, PageTablesViewAccess.frame(dialog), "a VA names its virtual frame");
            assertEquals("Xen", PageTablesViewAccess.space(dialog).name());
        } finally {
            dialog.close();
        }
        Descriptor block = view.goTo(spaces.get(0), 0x40100);
        assertEquals(DescriptorKind.BLOCK, block.getKind(), "the merged order selection maps 0x40000000 with a 2 MiB block");
        assertEquals(DescriptorKind.PAGE, view.goTo(spaces.get(0), 0x40200).getKind(), "and the 513th frame with a page");
    }

    @Test
    void goToAHoleSelectsTheInvalidEntryEvenWithValidOnly() {
        P2mSession session = Ui.open("thin-slice");
        Descriptor hole = view.goTo(AddressSpace.of(session.model()).get(0), 0x90000);
        assertEquals(DescriptorKind.INVALID, hole.getKind());
        assertEquals(2, hole.getLevel(), "the walk of 0x90000 stops at the empty level-2 entry");
        assertEquals(hole, ((IStructuredSelection) view.viewer().getSelection()).getFirstElement());
        assertThrows(IllegalArgumentException.class, () -> view.goTo(AddressSpace.of(session.model()).get(0), 1L << 40),
                "beyond the 40-bit IPA");
    }

    @Test
    void allEntriesComeAPageOfSixtyFourAtATime() {
        P2mSession session = Ui.open("thin-slice");
        Table root = session.model().getDomains().get(0).getP2m().getTables().get(0);
        ITreeContentProvider tree = (ITreeContentProvider) view.viewer().getContentProvider();
        assertEquals(1, tree.getChildren(root).length, "valid only: the one table entry of the root");

        view.filter().setValidOnly(false);
        view.applyFilter();
        Object[] pages = tree.getChildren(root);
        assertEquals(8, pages.length);
        DescriptorPage first = (DescriptorPage) pages[0];
        assertEquals(64, tree.getChildren(first).length, "invalid entries are read when their page opens");
        assertEquals(64L << 30, ((DescriptorPage) pages[1]).inputStart(), "page 1 starts at entry 64 of 1 GiB entries");
    }

    @Test
    void bigTablesArePagedEvenWithValidOnly() {
        Table l3 = firstForeignLeafTable();
        assertEquals(512, l3.getValidCount(), "0x600 foreign pages fill three level-3 tables");
        Object[] children = ((ITreeContentProvider) view.viewer().getContentProvider()).getChildren(l3);
        assertEquals(8, children.length);
        assertTrue(Arrays.stream(children).allMatch(DescriptorPage.class::isInstance));
    }

    @Test
    void onlyTheRowsOnScreenAreMade() {
        Table l3 = firstForeignLeafTable();
        Ui.processEvents();
        TreeItem table = (TreeItem) view.viewer().testFindItem(l3);
        for (TreeItem page : table.getItems()) {   // open every page of 64 entries, as clicks on their arrows would
            page.getText(0);
            Event click = new Event();
            click.item = page;
            view.viewer().getTree().notifyListeners(SWT.Expand, click);
            page.setExpanded(true);
        }
        Ui.processEvents();
        List<TreeItem> entries = Arrays.stream(table.getItems()).flatMap(p -> Arrays.stream(p.getItems())).toList();
        assertEquals(512, entries.size(), "every entry of the open pages has a row");
        long made = entries.stream().filter(i -> i.getData() != null).count();
        // the tree is SWT.VIRTUAL: a row gets its element and label when it scrolls into view
        assertTrue(made > 0 && made < 100, made + " of 512 rows made");
        TreeItem last = entries.get(511);
        assertEquals(null, last.getData());
        view.viewer().getTree().showItem(last);
        Ui.processEvents();
        assertFalse(last.getText(0).isEmpty());
        assertEquals(511, ((Descriptor) last.getData()).getIndex());
    }

    @Test
    void kindAndRangeFiltersHideWhatIsNotAsked() {
        P2mSession session = Ui.open("thin-slice");
        Descriptor block = ModelSearch.firstOfKind(session.model(), DescriptorKind.BLOCK);
        Table l2 = (Table) block.eContainer();
        ITreeContentProvider tree = (ITreeContentProvider) view.viewer().getContentProvider();
        assertEquals(2, tree.getChildren(l2).length, "the table of the 4 KiB page and the block");

        view.filter().setKindShown(DescriptorKind.BLOCK, false);
        view.applyFilter();
        assertEquals(1, tree.getChildren(l2).length);
        assertEquals(DescriptorKind.TABLE, ((Descriptor) tree.getChildren(l2)[0]).getKind());

        view.filter().setKindShown(DescriptorKind.BLOCK, true);
        view.filter().setRange(InputRange.parse("0x80200000+2M"));
        view.applyFilter();
        assertEquals(List.of(block), List.of(tree.getChildren(l2)));
        assertTrue(view.getContentDescription().contains("input 0x80200000..0x803fffff"), view.getContentDescription());
    }

    private static Button findButton(Composite c, String text) {
        for (Control child : c.getChildren()) {
            if (child instanceof Button b && b.getText().equals(text)) {
                return b;
            }
            if (child instanceof Composite inner && findButton(inner, text) != null) {
                return findButton(inner, text);
            }
        }
        return null;
    }

    private static Text findText(Composite c) {
        for (Control child : c.getChildren()) {
            if (child instanceof Text t) {
                return t;
            }
            if (child instanceof Composite inner && findText(inner) != null) {
                return findText(inner);
            }
        }
        return null;
    }

    @Test
    void steppingBackToTheStartEmptiesTheTreeAndForwardRefillsIt() {
        P2mSession session = Ui.open("thin-slice");
        session.seek(0);
        Ui.processEvents();
        TreeItem machine = view.viewer().getTree().getItem(0);
        assertFalse(PageTablesView.describeShownContent(PlatformUI.getWorkbench()).contains("guest"), "no domain yet");
        session.seek(session.trace().size());
        Ui.processEvents();
        view.viewer().expandToLevel(2);
        assertTrue(PageTablesView.describeShownContent(PlatformUI.getWorkbench()).contains("guest"), machine.getText());
    }

    /** seed000-relinquish-lookup before destroy, opened at gfn 0x40000: the first of the level-3 tables its 0x600 foreign pages fill. */
    private Table firstForeignLeafTable() {
        P2mSession session = Ui.open("seed000-relinquish-lookup");
        EventJump.to(session, session.result().checkpoints().get("before-destroy") - 1);
        Descriptor foreign = view.goTo(AddressSpace.of(session.model()).get(1), 0x40000);
        return (Table) foreign.eContainer();
    }
}
