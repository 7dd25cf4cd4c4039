package org.p2mdbg.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.p2mdbg.core.check.Finding;
import org.p2mdbg.core.check.Rule;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionManager;
import org.p2mdbg.ui.costs.CostsView;
import org.p2mdbg.ui.findings.FindingsView;

/** The Findings view (rules broken, errors returned, jumps) and the Costs view (chart, totals). */
class FindingsAndCostsTest {
    private IWorkbenchPage page;

    @BeforeEach
    void openPerspective() { page = Ui.perspective(); }

    @AfterEach
    void closeSession() { SessionManager.get().setCurrent(null); }

    @Test
    void everyFindingIsListedWithItsProof() {
        P2mSession session = Ui.open("seed000-access-after-relinquish");
        FindingsView view = Ui.show(page, FindingsView.ID, FindingsView.class);
        List<Finding> findings = session.result().findings();
        assertTrue(findings.stream().anyMatch(f -> f.rule() == Rule.RELINQUISHED_ENTRY_ACCESS), findings.toString());
        TreeItem[] items = view.viewer().getTree().getItems();
        assertEquals(findings.size() + session.result().errors().size(), items.length);
        TreeItem first = items[0];
        Finding earliest = findings.stream().min((a, b) -> Long.compare(a.event(), b.event())).orElseThrow();
        assertEquals(earliest.rule().name(), first.getText(0));
        assertEquals(Long.toString(earliest.event()), first.getText(1));
        view.viewer().expandAll();
        assertEquals(earliest.proof().size(), first.getItemCount(), "one row per proving event");
        assertTrue(first.getItem(0).getText(0).startsWith("proof: "), first.getItem(0).getText(0));
        assertTrue(view.getContentDescription().startsWith(findings.size() + " findings"), view.getContentDescription());
    }

    @Test
    void aFindingJumpsToTheEventThatProvesIt() {
        P2mSession session = Ui.open("seed000-access-after-relinquish");
        FindingsView view = Ui.show(page, FindingsView.ID, FindingsView.class);
        Finding f = session.result().findings().get(session.result().findings().size() - 1);
        view.goTo(f);
        Ui.processEvents();
        assertEquals(f.event() + 1, session.position());
        TreeItem row = Arrays.stream(view.viewer().getTree().getItems()).filter(i -> i.getData() == f).findFirst().orElseThrow();
        assertEquals(new RGB(255, 236, 139), row.getBackground(0).getRGB(), "the finding at the current event is highlighted");
    }

    @Test
    void errorsReturnedByXenAreListedWithTheCheckThatFired() {
        P2mSession session = Ui.open("seed004-xen-pt-rejections");
        FindingsView view = Ui.show(page, FindingsView.ID, FindingsView.class);
        assertFalse(session.result().errors().isEmpty());
        List<String> texts = Arrays.stream(view.viewer().getTree().getItems()).map(i -> i.getText(0) + " " + i.getText(5)).toList();
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("error -EINVAL (xen_pt_check_entry)") && t.contains("insert-replaces-valid")),
                texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("error -EOPNOTSUPP")), texts.toString());
    }

    @Test
    void costsAreChartedPerOperationAndTotalledUpToTheCurrentEvent() {
        P2mSession session = Ui.open("seed000-relinquish-remove");
        CostsView view = Ui.show(page, CostsView.ID, CostsView.class);
        Map<String, Long> costs = session.result().costs();
        List<String> series = Arrays.stream(view.chart().getSeriesSet().getSeries()).map(ISeries::getId).toList();
        assertEquals(costs.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList(), series);
        assertEquals(session.trace().operationCount(), view.chart().getAxisSet().getXAxis(0).getCategorySeries().length);
        String[] writes = view.totalsRows().stream().filter(r -> r[0].equals("pte_writes")).findFirst().orElseThrow();
        assertEquals(Long.toString(costs.get("pte_writes")), writes[1]);
        assertEquals(writes[1], writes[2], "at the end of the trace, up to now is the whole run");

        session.seek(session.trace().operationStart(3));
        Ui.processEvents();
        String[] writesThen = view.totalsRows().stream().filter(r -> r[0].equals("pte_writes")).findFirst().orElseThrow();
        assertTrue(Long.parseLong(writesThen[2]) < costs.get("pte_writes"), Arrays.toString(writesThen));
    }
}
