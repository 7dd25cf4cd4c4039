package org.p2mdbg.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionManager;
import org.p2mdbg.debug.session.SessionOpener;
import org.p2mdbg.model.Descriptor;
import org.p2mdbg.model.DescriptorKind;
import org.p2mdbg.ui.ModelSearch;
import org.p2mdbg.ui.P2mPerspective;
import org.p2mdbg.ui.PageTablesView;
import org.p2mdbg.ui.PageTablesViewAccess;
import org.p2mdbg.ui.graph.WalkDiagramView;

/** The thin slice in the workbench: perspective, Page Tables tree, Properties of the 2 MiB block, its walk. */
class PageTablesViewTest {
    static final Path THIN_SLICE = Path.of("../../examples/thin-slice.p2m");

    private IWorkbenchPage page;

    @BeforeEach
    void openPerspective() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        PlatformUI.getWorkbench().showPerspective(P2mPerspective.ID, window);
        page = window.getActivePage();
    }

    @AfterEach
    void closeSession() { SessionManager.get().setCurrent(null); }

    @Test
    void perspectiveHasThePageTablesViewAndTheWalkDiagram() {
        assertEquals(P2mPerspective.ID, page.getPerspective().getId());
        assertNotNull(page.findView(PageTablesView.ID));
        assertNotNull(page.findView(WalkDiagramView.ID));
    }

    @Test
    void exampleDomainIsShownAndTheBlockShowsItsFieldsAndWalk() throws Exception {
        P2mSession session = SessionOpener.open(THIN_SLICE, Map.of());
        PageTablesView view = (PageTablesView) page.showView(PageTablesView.ID);
        waitFor(() -> PageTablesView.describeShownContent(PlatformUI.getWorkbench()) != null);
        String shown = PageTablesView.describeShownContent(PlatformUI.getWorkbench());
        assertTrue(shown.contains("guest"), shown);

        Descriptor block = ModelSearch.firstOfKind(session.model(), DescriptorKind.BLOCK);
        assertNotNull(block, "the example maps a 2 MiB block");
        assertEquals(2, block.getLevel());
        view.reveal(block);
        IStructuredSelection selection = (IStructuredSelection) view.viewer().getSelection();
        assertEquals(block, selection.getFirstElement());

        IPropertySource properties = PageTablesViewAccess.propertySource(view, block);
        String oa = String.valueOf(properties.getPropertyValue("field:OA"));
        assertTrue(oa.contains("output MFN " + block.getOutputMfn()), oa);
        String memAttr = String.valueOf(properties.getPropertyValue("field:MemAttr"));
        assertTrue(memAttr.contains("Normal") || memAttr.contains("Device"), memAttr);
        String s2ap = String.valueOf(properties.getPropertyValue("field:S2AP"));
        assertTrue(s2ap.contains("read"), s2ap);

        WalkDiagramView walk = (WalkDiagramView) page.showView(WalkDiagramView.ID);
        page.activate(view);
        view.reveal(block);
        waitFor(() -> walk.shown() != null);
        assertEquals(9, walk.shown().walk().order(), "a 2 MiB mapping");
        assertEquals(block.getOutputMfn(), walk.shown().walk().output());
        assertEquals(2, walk.shown().walk().steps().size(), "level 1 table, then the level 2 block");
    }

    static void waitFor(BooleanSupplier condition) {
        Display d = Display.getCurrent();
        long end = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!d.readAndDispatch()) {
                d.timerExec(20, () -> { });
                d.sleep();
            }
        }
        assertTrue(condition.getAsBoolean(), "timed out waiting for the UI");
    }
}
