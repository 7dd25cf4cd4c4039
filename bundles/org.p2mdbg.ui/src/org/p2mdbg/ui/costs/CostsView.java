package org.p2mdbg.ui.costs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.ui.PartInitException;
import org.p2mdbg.core.trace.CostCounter;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.ui.SessionViewPart;
import org.p2mdbg.ui.compare.StrategyComparisonView;

/**
 * What each operation cost, counted from its recorded events (CostCounter): a stacked bar per
 * operation with one colour per counter that is not zero anywhere in the run, and below it the
 * totals of every counter of the run --json contract, for the whole run and up to the current
 * event (which follows stepping).
 */
public final class CostsView extends SessionViewPart {
    public static final String ID = "org.p2mdbg.ui.costs";
    private SashForm root;
    private Chart chart;
    private TableViewer totals;
    private CostTable table = CostTable.EMPTY;

    @Override
    protected void createControls(Composite parent) {
        root = new SashForm(parent, SWT.VERTICAL);
        chart = BarCharts.create(root, "Costs per operation (events counted)", "operation");
        totals = new TableViewer(root, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        totals.getTable().setHeaderVisible(true);
        totals.getTable().setLinesVisible(true);
        totals.setContentProvider(ArrayContentProvider.getInstance());
        column("Counter", 170, 0);
        column("Whole run", 100, 1);
        column("Up to the current event", 170, 2);
        root.setWeights(65, 35);
        getViewSite().getActionBars().getToolBarManager().add(new Action("Compare strategies…") {
            @Override
            public void run() { compareStrategies(); }
        });
    }

    /** Opens the Strategy Comparison view and asks it what to compare. */
    private void compareStrategies() {
        try {
            StrategyComparisonView.openAndAsk(getSite().getPage());
        } catch (PartInitException e) {
            Platform.getLog(CostsView.class).log(e.getStatus());
        }
    }

    private void column(String name, int width, int cell) {
        TableViewerColumn c = new TableViewerColumn(totals, cell == 0 ? SWT.LEFT : SWT.RIGHT);
        c.getColumn().setText(name);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) { return ((String[]) element)[cell]; }
        });
    }

    @Override
    protected Control mainControl() { return root; }

    @Override
    protected void showSession(P2mSession session) {
        table = session == null ? CostTable.EMPTY : CostTable.of(session.trace());
        BarCharts.clear(chart);
        chart.getAxisSet().getXAxis(0).setCategorySeries(table.operationLabels());
        int colour = 0;
        for (String counter : table.nonZeroCounters()) {
            IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, counter);
            bars.setYSeries(table.perOperation(counter));
            bars.setBarColor(BarCharts.colour(chart, colour++));
            bars.enableStack(true);
        }
        chart.getAxisSet().adjustRange();
        chart.redraw();
        showPosition(session);
    }

    @Override
    protected void showPosition(P2mSession session) {
        Map<String, Long> upTo = session == null ? Map.of() : CostCounter.count(session.trace(), 0, session.position());
        List<String[]> rows = new ArrayList<>();
        for (String name : CostCounter.NAMES) {
            rows.add(new String[] {name, Long.toString(table.total(name)), Long.toString(upTo.getOrDefault(name, 0L))});
        }
        totals.setInput(rows);
        setContentDescription(session == null ? "No session." : session.name() + ": " + table.operationLabels().length
                + " operations; totals up to event " + (session.position() - 1));
    }

    // ---- for tests ----

    public Chart chart() { return chart; }

    /** The totals table's rows: counter, whole run, up to the current event. */
    public List<String[]> totalsRows() {
        List<String[]> out = new ArrayList<>();
        for (var item : totals.getTable().getItems()) {
            out.add(new String[] {item.getText(0), item.getText(1), item.getText(2)});
        }
        return out;
    }

    /** The counters of every operation of a trace, counted once when a session is shown. */
    record CostTable(String[] operationLabels, List<Map<String, Long>> perOperation, Map<String, Long> totals) {
        static final CostTable EMPTY = new CostTable(new String[0], List.of(), Map.of());

        static CostTable of(Trace trace) {
            String[] labels = new String[trace.operationCount()];
            List<Map<String, Long>> counts = new ArrayList<>();
            for (int op = 0; op < labels.length; op++) {
                labels[op] = op + " " + shortName(trace.operationName(op));
                counts.add(CostCounter.countOperation(trace, op));
            }
            return new CostTable(labels, counts, CostCounter.count(trace));
        }

        long total(String counter) { return totals.getOrDefault(counter, 0L); }

        double[] perOperation(String counter) { return perOperation.stream().mapToDouble(m -> m.get(counter)).toArray(); }

        List<String> nonZeroCounters() {
            return List.of(CostCounter.NAMES).stream().filter(n -> total(n) > 0).toList();
        }

        /** The statement's verb and subject ("map guest"), enough to tell bars apart. */
        private static String shortName(String operation) {
            String[] words = operation.split(" ");
            return words.length < 2 ? operation : words[0] + " " + words[1];
        }
    }
}
