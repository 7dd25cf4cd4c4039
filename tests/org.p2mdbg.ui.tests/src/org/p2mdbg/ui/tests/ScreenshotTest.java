package org.p2mdbg.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionManager;
import org.p2mdbg.rcp.WelcomeView;
import org.p2mdbg.ui.EventJump;
import org.p2mdbg.ui.costs.CostsView;
import org.p2mdbg.ui.findings.FindingsView;
import org.p2mdbg.ui.inspector.DescriptorInspectorView;
import org.p2mdbg.ui.tables.AddressSpace;
import org.p2mdbg.ui.tables.PageTablesView;
import org.p2mdbg.ui.trace.TraceView;
import org.p2mdbg.ui.graph.AddressMapView;
import org.p2mdbg.ui.graph.RunKind;
import org.p2mdbg.ui.graph.WalkDiagramView;

/**
 * Pictures of every view showing a real session, one PNG each (the view maximised in a 1400x860
 * window), plus the whole perspective. They go to target/screenshots, or to the folder named by
 * the system property p2mdbg.screenshots.docs (the README's docs/ folder) when it is set.
 */
class ScreenshotTest {
    /** relinquish starts at lowest_mapped_gfn: the first of the guest's foreign pages in the seed 000 examples. */
    static final long FIRST_FOREIGN_GFN = 0x40000;
    private static IWorkbenchPage page;
    private static Path dir;

    @BeforeAll
    static void window() {
        page = Ui.perspective();
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1400, 860);
        String docs = System.getProperty("p2mdbg.screenshots.docs", "");
        dir = Path.of(docs.isBlank() ? System.getProperty("p2mdbg.screenshots", "target/screenshots") : docs);
    }

    @AfterAll
    static void closeSession() { SessionManager.get().setCurrent(null); }

    @Test
    void everyViewOnARealSession() throws Exception {
        // seed 000, "remove" strategy, stopped at the first entry relinquish removes
        P2mSession session = Ui.open("seed000-relinquish-remove");
        long destroyStart = session.trace().operationStart(firstOperation(session, "destroy"));
        long write = destroyStart;
        while (session.trace().kind(write) != EventKind.PTE_WRITE) {
            write++;
        }
        EventJump.to(session, write);
        Ui.processEvents();

        PageTablesView tables = Ui.show(page, PageTablesView.ID, PageTablesView.class);
        AddressSpace guest = AddressSpace.of(session.model()).get(1);
        tables.goTo(guest, FIRST_FOREIGN_GFN);
        tables.viewer().getTree().setTopItem(tables.viewer().getTree().getItem(0));   // from the machine down
        shoot(tables, "view-page-tables.png");
        shoot(Ui.show(page, DescriptorInspectorView.ID, DescriptorInspectorView.class), "view-inspector.png");
        shoot(Ui.show(page, WalkDiagramView.ID, WalkDiagramView.class), "view-walk.png");
        shoot(Ui.show(page, TraceView.ID, TraceView.class), "view-trace.png");
        shoot(Ui.show(page, CostsView.ID, CostsView.class), "view-costs.png");

        EventJump.to(session, destroyStart - 1);   // before destroy: the guest's map is complete
        AddressMapView map = Ui.show(page, AddressMapView.ID, AddressMapView.class);
        map.showSpace(guest);
        map.selectFrame(FIRST_FOREIGN_GFN);
        shoot(map, "view-address-map.png");

        // seed 000, "lookup" strategy, after relinquish's last put of a foreign reference: the entries stay
        P2mSession lookup = Ui.open("seed000-relinquish-lookup");
        long put = lookup.trace().operationStart(firstOperation(lookup, "destroy"));
        EventJump.to(lookup, put);
        map.showSpace(AddressSpace.of(lookup.model()).get(1));
        long first = map.runs().stream().filter(r -> r.kind() == RunKind.FOREIGN).findFirst().orElseThrow().firstMfn().value();
        long lastPut = put;
        for (long e = put; e < lookup.trace().size(); e++) {
            long mfn = lookup.trace().a(e);
            if (lookup.trace().kind(e) == EventKind.REF_PUT && mfn >= first && mfn < first + 0x600) {
                lastPut = e;
            }
        }
        EventJump.to(lookup, lastPut + 1);
        map.setRange(FIRST_FOREIGN_GFN, FIRST_FOREIGN_GFN + 0x800);
        shoot(map, "view-address-map-relinquish.png");

        Ui.open("seed000-access-after-relinquish");
        FindingsView findings = Ui.show(page, FindingsView.ID, FindingsView.class);
        findings.viewer().expandAll();
        shoot(findings, "view-findings.png");

        Ui.open("seed000-relinquish-remove");
        EventJump.to(SessionManager.get().current(), write);
        Ui.show(page, PageTablesView.ID, PageTablesView.class).goTo(AddressSpace.of(SessionManager.get().current().model()).get(1), FIRST_FOREIGN_GFN);
        Ui.show(page, WalkDiagramView.ID, WalkDiagramView.class);
        Ui.show(page, TraceView.ID, TraceView.class);
        Ui.show(page, DescriptorInspectorView.ID, DescriptorInspectorView.class);
        Ui.screenshot(dir.resolve("perspective.png"));

        shoot(Ui.show(page, WelcomeView.ID, WelcomeView.class), "view-welcome.png");
        page.hideView(page.findView(WelcomeView.ID));
        assertTrue(Files.size(dir.resolve("perspective.png")) > 10_000);
    }

    private static int firstOperation(P2mSession s, String prefix) {
        for (int op = 0; op < s.trace().operationCount(); op++) {
            if (s.trace().operationName(op).startsWith(prefix)) {
                return op;
            }
        }
        throw new AssertionError("no operation " + prefix);
    }

    private static void shoot(IViewPart view, String name) throws Exception {
        page.activate(view);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        Ui.screenshot(dir.resolve(name));
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        assertTrue(Files.size(dir.resolve(name)) > 5_000, name);
    }
}
