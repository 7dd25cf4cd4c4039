package org.p2mdbg.ui.graph;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FlowLayout;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.LineBorder;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.RectangleFigure;
import org.eclipse.draw2d.ToolbarLayout;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

/**
 * An input address space as a map: a legend of the run kinds present, then the range shown cut
 * into rows of a power-of-two size, each row labelled with the address it starts at.
 */
public final class AddressMapFigure extends Figure {
    /** What clicks on the map ask for. */
    public interface Actions {
        /** Select the run holding a frame. */
        void select(long frame);

        /** Show only [from, to). */
        void zoomTo(long from, long to);
    }

    private static final Map<RunKind, Color> COLOURS = new EnumMap<>(RunKind.class);
    private final List<MapRow> rows = new ArrayList<>();

    public AddressMapFigure(List<AddressRun> runs, long from, long to, int rowCount, AddressRun selected, Actions actions) {
        ToolbarLayout layout = new ToolbarLayout();
        layout.setSpacing(2);
        layout.setStretchMinorAxis(true);
        setLayoutManager(layout);
        setBorder(new MarginBorder(6));
        add(legend(runs));
        long perRow = rowSize(to - from, rowCount);
        for (long start = from - from % perRow; start < to; start += perRow) {
            // every row spans the same frames, so widths compare across rows (the last may run past `to`)
            MapRow row = new MapRow(runs, start, start + perRow, selected, actions);
            rows.add(row);
            add(row);
        }
    }

    public int rowCount() { return rows.size(); }

    /** The first input frame of a row (rows are numbered from the top). */
    public long rowFrom(int row) { return rows.get(row).from(); }

    /** The input frame under x in a row, or -1 when x is outside its bar. */
    public long frameAt(int row, int x) { return rows.get(row).frameAt(x); }

    /** The frames a row shows: a power of two, so rows start at round addresses; at most rowCount + 1 rows. */
    static long rowSize(long frames, int rowCount) {
        long perRow = Long.highestOneBit(Math.max(1, (frames + rowCount - 1) / rowCount));
        return perRow * rowCount < frames ? perRow * 2 : perRow;
    }

    private static Figure legend(List<AddressRun> runs) {
        Figure legend = new Figure();
        FlowLayout flow = new FlowLayout();
        flow.setMinorSpacing(4);
        flow.setMajorSpacing(12);
        legend.setLayoutManager(flow);
        for (RunKind kind : RunKind.values()) {
            if (kind != RunKind.HOLE && runs.stream().noneMatch(r -> r.kind() == kind)) {
                continue;
            }
            RectangleFigure swatch = new RectangleFigure();
            swatch.setBackgroundColor(colour(Display.getCurrent(), kind));
            swatch.setBorder(new LineBorder(ColorConstants.gray));
            swatch.setPreferredSize(new Dimension(14, 14));
            legend.add(swatch);
            legend.add(new Label(kind.label()));
        }
        return legend;
    }

    /** The colour of a run kind (made once: draw2d figures paint often). */
    static Color colour(Display display, RunKind kind) {
        return COLOURS.computeIfAbsent(kind, k -> new Color(display, k.rgb()));
    }
}
