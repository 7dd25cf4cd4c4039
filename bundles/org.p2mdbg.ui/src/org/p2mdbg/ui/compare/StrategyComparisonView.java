package org.p2mdbg.ui.compare;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.p2mdbg.core.check.Rule;
import org.p2mdbg.core.compare.ComparedRun;
import org.p2mdbg.core.compare.StrategyChoices;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionOptions;
import org.p2mdbg.ui.SessionViewPart;
import org.p2mdbg.ui.costs.BarCharts;

/**
 * The current session's scenario run under several strategies side by side (the CLI's
 * {@code p2mdbg compare}, same core code): a grouped bar chart, one group per cost and one bar per
 * strategy, and below it the findings of every rule, the errors and the events per strategy.
 * <i>Compare…</i> chooses the option and its values; the runs go in a cancellable Job.
 */
public final class StrategyComparisonView extends SessionViewPart {
    public static final String ID = "org.p2mdbg.ui.compare";
    private SashForm root;
    private Chart chart;
    private TableViewer findings;
    private Action compareAction;
    private CompareJob running;

    @Override
    protected void createControls(Composite parent) {
        root = new SashForm(parent, SWT.VERTICAL);
        chart = BarCharts.create(root, "No comparison yet: Compare… runs the scenario once per strategy", "cost");
        findings = new TableViewer(root, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        findings.getTable().setHeaderVisible(true);
        findings.getTable().setLinesVisible(true);
        findings.setContentProvider(ArrayContentProvider.getInstance());
        root.setWeights(65, 35);
        compareAction = new Action("Compare…") {
            @Override
            public void run() { askAndCompare(); }
        };
        compareAction.setToolTipText("Run the scenario once per strategy and chart the costs side by side");
        compareAction.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_COPY));
        getViewSite().getActionBars().getToolBarManager().add(compareAction);
    }

    @Override
    protected Control mainControl() { return root; }

    @Override
    protected void showSession(P2mSession session) {
        compareAction.setEnabled(session != null);
        setContentDescription(session == null ? "No session."
                : session.name() + " (" + SessionOptions.describe(session.options()) + "): Compare… to run it under each strategy");
    }

    @Override
    protected void showPosition(P2mSession session) {
        // a comparison covers whole runs: stepping changes nothing here
    }

    /** Shows the view in a page and asks what to compare (File → Compare Strategies…, the Costs view's action). */
    public static void openAndAsk(IWorkbenchPage page) throws PartInitException {
        ((StrategyComparisonView) page.showView(ID)).askAndCompare();
    }

    /** Opens the Compare dialog for the current session's scenario and, on OK, compares. */
    public void askAndCompare() {
        P2mSession session = session();
        if (session == null) {
            MessageDialog.openInformation(root.getShell(), "Compare strategies", "Open a scenario first (File → Open Scenario…).");
            return;
        }
        CompareDialog dialog = new CompareDialog(root.getShell(), StrategyChoices.offered(session.result().scenario()));
        if (dialog.open() == Window.OK) {
            compare(session, dialog.request());
        }
    }

    /** Compares in a Job; the chart and table show the runs when all have run. */
    public CompareJob compare(P2mSession session, CompareRequest request) {
        if (running != null) {
            running.cancel();
        }
        clearChart();
        findings.setInput(new String[0][]);
        setContentDescription(session.name() + ": comparing " + request.option() + " = " + String.join(", ", request.values())
                + " (" + SessionOptions.describe(session.options()) + ")…");
        running = new CompareJob(session.result().scenario(), session.options(), request,
                runs -> inUi(() -> show(session, request.option(), runs)),
                message -> inUi(() -> {
                    setContentDescription("Cannot compare " + session.name() + " " + message);
                    MessageDialog.openError(root.getShell(), "Cannot compare " + session.name(), message);
                }));
        running.schedule();
        return running;
    }

    private void inUi(Runnable r) {
        if (!root.isDisposed()) {
            root.getDisplay().asyncExec(() -> {
                if (!root.isDisposed()) {
                    r.run();
                }
            });
        }
    }

    private void show(P2mSession session, String option, List<ComparedRun> runs) {
        String name = session.name();
        ComparisonChart numbers = ComparisonChart.of(option, runs);
        clearChart();
        chart.getTitle().setText("Costs of " + name + " per " + option
                + " (events counted; " + SessionOptions.describe(session.options()) + ")");
        chart.getAxisSet().getXAxis(0).setCategorySeries(numbers.costs());
        for (int i = 0; i < runs.size(); i++) {
            IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, numbers.seriesNames().get(i));
            bars.setYSeries(numbers.series().get(i));
            bars.setBarColor(BarCharts.colour(chart, i));
            bars.getLabel().setFormat("#");
            bars.getLabel().setVisible(true);   // small counts next to large ones are readable only as numbers
        }
        chart.getAxisSet().adjustRange();
        chart.redraw();
        showFindings(option, runs);
        setContentDescription(name + ": " + runs.size() + " runs, one per " + option);
    }

    private void clearChart() {
        BarCharts.clear(chart);
        chart.redraw();
    }

    private void showFindings(String option, List<ComparedRun> runs) {
        for (TableColumn c : findings.getTable().getColumns()) {
            c.dispose();
        }
        column("Rule / count", 230, 0, SWT.LEFT);
        for (int i = 0; i < runs.size(); i++) {
            column(option + "=" + runs.get(i).options().get(option), 170, i + 1, SWT.RIGHT);
        }
        List<String[]> rows = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            rows.add(row(rule.name(), runs, r -> (long) r.findings().get(rule)));
        }
        rows.add(row("errors returned", runs, r -> (long) r.errors()));
        rows.add(row("events", runs, ComparedRun::events));
        findings.setInput(rows);
    }

    private static String[] row(String label, List<ComparedRun> runs, java.util.function.ToLongFunction<ComparedRun> value) {
        String[] cells = new String[runs.size() + 1];
        cells[0] = label;
        for (int i = 0; i < runs.size(); i++) {
            cells[i + 1] = Long.toString(value.applyAsLong(runs.get(i)));
        }
        return cells;
    }

    private void column(String name, int width, int cell, int align) {
        TableViewerColumn c = new TableViewerColumn(findings, align);
        c.getColumn().setText(name);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) { return ((String[]) element)[cell]; }
        });
    }

    // ---- for tests ----

    public Chart chart() { return chart; }

    /** The findings table: header row first, then one row per rule, errors and events. */
    public List<String[]> findingsRows() {
        List<String[]> out = new ArrayList<>();
        var table = findings.getTable();
        String[] header = new String[table.getColumnCount()];
        for (int i = 0; i < header.length; i++) {
            header[i] = table.getColumn(i).getText();
        }
        out.add(header);
        for (var item : table.getItems()) {
            String[] cells = new String[header.length];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = item.getText(i);
            }
            out.add(cells);
        }
        return out;
    }

    @Override
    public void dispose() {
        if (running != null) {
            running.cancel();
        }
        super.dispose();
    }
}
