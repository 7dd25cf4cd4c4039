package org.p2mdbg.ui.costs;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ISeries;

/**
 * The bar charts of event counts the Costs and Strategy Comparison views draw: categories along x
 * (slanted labels), events up y, and one palette of colours, made with the chart and disposed with it.
 */
public final class BarCharts {
    private static final RGB[] PALETTE = {
        new RGB(31, 119, 180), new RGB(255, 127, 14), new RGB(44, 160, 44), new RGB(214, 39, 40),
        new RGB(148, 103, 189), new RGB(140, 86, 75), new RGB(227, 119, 194), new RGB(127, 127, 127),
        new RGB(188, 189, 34), new RGB(23, 190, 207)};
    private static final String COLOURS = "p2mdbg.palette";

    private BarCharts() {}

    public static Chart create(Composite parent, String title, String categories) {
        Chart chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setText(title);
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.getTitle().setText(categories);
        x.enableCategory(true);
        x.getTick().setTickLabelAngle(30);
        chart.getAxisSet().getYAxis(0).getTitle().setText("events");
        List<Color> colours = new ArrayList<>();
        for (RGB rgb : PALETTE) {
            colours.add(new Color(parent.getDisplay(), rgb));
        }
        chart.setData(COLOURS, colours);
        chart.addDisposeListener(e -> colours.forEach(Color::dispose));
        return chart;
    }

    /** The i-th colour of the chart's palette (it repeats). */
    @SuppressWarnings("unchecked")
    public static Color colour(Chart chart, int i) {
        List<Color> colours = (List<Color>) chart.getData(COLOURS);
        return colours.get(i % colours.size());
    }

    /** Removes every series. */
    public static void clear(Chart chart) {
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
    }
}
