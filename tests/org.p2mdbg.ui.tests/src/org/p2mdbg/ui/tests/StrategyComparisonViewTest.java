package org.p2mdbg.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.p2mdbg.core.compare.StrategyChoices;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionManager;
import org.p2mdbg.debug.session.SessionOpener;
import org.p2mdbg.ui.compare.CompareDialog;
import org.p2mdbg.ui.compare.CompareRequest;
import org.p2mdbg.ui.compare.StrategyComparisonView;

/** The Strategy Comparison view: the grouped bar chart and the findings table, against the CLI's compare JSON. */
class StrategyComparisonViewTest {
    private IWorkbenchPage page;

    @BeforeEach
    void openPerspective() { page = Ui.perspective(); }

    @AfterEach
    void closeSession() { SessionManager.get().setCurrent(null); }

    private StrategyComparisonView compare(String example, String option, String values) {
        P2mSession session = Ui.open(example);
        StrategyComparisonView view = Ui.show(page, StrategyComparisonView.ID, StrategyComparisonView.class);
        String done = session.name() + ": " + values.split(",").length + " runs, one per " + option;
        view.compare(session, CompareRequest.parse(option, values));
        Ui.waitFor(() -> view.getContentDescription().equals(done));
        return view;
    }

    @Test
    void theChartOfTheSeed000RelinquishStrategiesHasTheNumbersOfTheCliCompare() {
        StrategyComparisonView view = compare("seed000-relinquish-lookup", "relinquish", "legacy,lookup,remove");
        // p2mdbg compare examples/seed000-relinquish-lookup.p2m --option relinquish=legacy,lookup,remove --json:
        // the costs that are not zero in some run, in the JSON's order
        assertArrayEquals(new String[] {"pte_reads", "pte_writes", "table_allocs", "table_frees", "tlb_flushes", "cache_cleans",
            "preempt_checks", "preemptions", "page_refs_put"}, view.chart().getAxisSet().getXAxis(0).getCategorySeries());
        ISeries<?>[] series = view.chart().getSeriesSet().getSeries();
        assertEquals(List.of("legacy", "lookup", "remove"), Arrays.stream(series).map(ISeries::getId).toList());
        assertArrayEquals(new double[] {14879, 3090, 11, 8, 6, 4, 1548, 5, 1542}, series[0].getYSeries());
        assertArrayEquals(new double[] {14885, 1550, 11, 8, 2, 4, 1546, 4, 1542}, series[1].getYSeries());
        assertArrayEquals(new double[] {21044, 3090, 11, 8, 5, 4, 1546, 4, 1542}, series[2].getYSeries());
        assertEquals("seed000-relinquish-lookup.p2m: 3 runs, one per relinquish", view.getContentDescription());
        List<String[]> rows = view.findingsRows();
        assertArrayEquals(new String[] {"errors returned", "0", "0", "0"}, rows.get(rows.size() - 2));
        assertArrayEquals(new String[] {"events", "31896", "30352", "38054"}, rows.get(rows.size() - 1));
    }

    /**
     * A session launched with relinquish=lookup over seed 000's relinquish=remove compares the
     * preemption policies under lookup: {@code p2mdbg compare examples/seed000-relinquish-remove.p2m
     * --option relinquish=lookup --option preempt=never,every:2} (under remove, never reads 21039). An
     * override holds from the first statement, so every:2 preempts 773 times, not the 4 of the
     * scenario's own every:2, which starts only before destroy.
     */
    @Test
    void theComparedValuesRunOnTopOfTheSessionsOptions() throws Exception {
        P2mSession session = SessionOpener.open(Ui.example("seed000-relinquish-remove"), Map.of("relinquish", "lookup"));
        StrategyComparisonView view = Ui.show(page, StrategyComparisonView.ID, StrategyComparisonView.class);
        String ready = "seed000-relinquish-remove.p2m (relinquish=lookup): Compare… to run it under each strategy";
        Ui.waitFor(() -> view.getContentDescription().equals(ready));
        view.compare(session, CompareRequest.parse("preempt", "never,every:2"));
        Ui.waitFor(() -> view.getContentDescription().equals("seed000-relinquish-remove.p2m: 2 runs, one per preempt"));
        ISeries<?>[] series = view.chart().getSeriesSet().getSeries();
        assertArrayEquals(new double[] {14880, 1550, 11, 8, 2, 4, 1546, 0, 1542}, series[0].getYSeries());
        assertArrayEquals(new double[] {14885, 1550, 11, 8, 2, 4, 1546, 773, 1542}, series[1].getYSeries());
        assertEquals("Costs of seed000-relinquish-remove.p2m per preempt (events counted; relinquish=lookup)",
                view.chart().getTitle().getText());
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1400, 860);
        Ui.settle(300);
        Ui.screenshot(Ui.screenshotDir().resolve("view-compare-session-options.png"));
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void theFindingsOfEachStrategyStandSideBySide() throws Exception {
        StrategyComparisonView view = compare("seed000-access-after-relinquish", "relinquish", "legacy,lookup,remove");
        List<String[]> rows = view.findingsRows();
        assertArrayEquals(new String[] {"Rule / count", "relinquish=legacy", "relinquish=lookup", "relinquish=remove"}, rows.get(0));
        // only the RFC's lookup strategy leaves the foreign entries behind, so only it breaks rules
        assertArrayEquals(new String[] {"STALE_TLB", "0", "1", "0"}, row(rows, "STALE_TLB"));
        assertArrayEquals(new String[] {"USE_AFTER_FREE", "0", "2", "0"}, row(rows, "USE_AFTER_FREE"));
        assertArrayEquals(new String[] {"RELINQUISHED_ENTRY_ACCESS", "0", "2", "0"}, row(rows, "RELINQUISHED_ENTRY_ACCESS"));
        assertArrayEquals(new String[] {"LEAKED_REFERENCE", "0", "0", "0"}, row(rows, "LEAKED_REFERENCE"));
        assertArrayEquals(new String[] {"events", "158", "163", "174"}, row(rows, "events"));
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1400, 860);
        Ui.screenshot(Ui.screenshotDir().resolve("view-compare.png"));
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void theFileMenuHasACompareStrategiesCommand() {
        var commands = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class);
        var command = commands.getCommand("org.p2mdbg.ui.compareStrategies");
        assertTrue(command.isDefined());
        assertTrue(command.isHandled(), "handled by CompareStrategiesHandler");
    }

    private static String[] row(List<String[]> rows, String label) {
        return rows.stream().filter(r -> r[0].equals(label)).findFirst().orElseThrow();
    }

    @Test
    void theDialogOffersTheScenariosOwnOptionFirstAndRefusesABadValue() {
        P2mSession session = Ui.open("seed000-access-after-relinquish");
        List<String> offered = StrategyChoices.offered(session.result().scenario());
        assertEquals("relinquish", offered.get(0));
        CompareDialog dialog = new CompareDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), offered);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertEquals(new CompareRequest("relinquish", List.of("legacy", "lookup", "remove")), dialog.request());
            assertTrue(dialog.canFinish());
            dialog.type("relinquish", "lookup,bogus");
            assertNull(dialog.request());
            assertEquals("bad value bogus for option relinquish (expected legacy | lookup | remove)", dialog.getErrorMessage());
            assertFalse(dialog.canFinish());
            dialog.type("preempt", "never,every:x");
            assertEquals("bad value every:x for option preempt (expected never, always, every:N or at:N[,N...])", dialog.getErrorMessage());
            dialog.type("relinquish", "lookup");
            assertEquals("values: expected at least two values of relinquish to compare", dialog.getErrorMessage());
        } finally {
            dialog.close();
        }
    }
}
