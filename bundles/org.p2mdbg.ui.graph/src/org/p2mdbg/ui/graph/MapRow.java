package org.p2mdbg.ui.graph;

import java.util.List;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.MouseEvent;
import org.eclipse.draw2d.MouseListener;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Mfn;

/**
 * One row of the address map: the input frames [from, to) drawn left to right, each run in the
 * colour of its kind. A mapped run narrower than two pixels is still drawn two pixels wide, so a
 * single 4 KiB page in a 64 GiB row stays visible. Click selects the run under the pointer,
 * double-click zooms into the row.
 */
final class MapRow extends Figure {
    static final int HEIGHT = 22;
    static final int LABEL_W = 120;

    private final List<AddressRun> runs;
    private final long from;
    private final long to;
    private final AddressRun selected;

    MapRow(List<AddressRun> runs, long from, long to, AddressRun selected, AddressMapFigure.Actions actions) {
        this.runs = runs;
        this.from = from;
        this.to = to;
        this.selected = selected;
        setPreferredSize(new Dimension(600, HEIGHT));
        addMouseListener(new MouseListener.Stub() {
            @Override
            public void mousePressed(MouseEvent me) {
                long frame = frameAt(me.x);
                if (frame >= 0) {
                    actions.select(frame);
                }
            }

            @Override
            public void mouseDoubleClicked(MouseEvent me) { actions.zoomTo(MapRow.this.from, MapRow.this.to); }
        });
    }

    long from() { return from; }

    long to() { return to; }

    /** The input frame under x, or -1 outside the bar. */
    long frameAt(int x) {
        Rectangle bar = bar();
        if (x < bar.x || x >= bar.right()) {
            return -1;
        }
        return from + (long) ((double) (x - bar.x) / bar.width * (to - from));
    }

    private Rectangle bar() {
        Rectangle b = getBounds();
        return new Rectangle(b.x + LABEL_W, b.y + 2, Math.max(1, b.width - LABEL_W - 4), HEIGHT - 4);
    }

    @Override
    protected void paintFigure(Graphics g) {
        Rectangle b = getBounds();
        Rectangle bar = bar();
        g.setForegroundColor(ColorConstants.darkGray);
        g.drawText(Hex.of(from << Mfn.PAGE_SHIFT), b.x + 4, b.y + 4);
        g.setBackgroundColor(colour(RunKind.HOLE));
        g.fillRectangle(bar);
        for (AddressRun r : runs) {
            if (r.endFrame() <= from || r.firstFrame() >= to || r.kind() == RunKind.HOLE) {
                continue;
            }
            int x0 = xOf(bar, Math.max(from, r.firstFrame()));
            int x1 = Math.max(x0 + 2, xOf(bar, Math.min(to, r.endFrame())));
            g.setBackgroundColor(colour(r.kind()));
            g.fillRectangle(x0, bar.y, x1 - x0, bar.height);
            String text = size(r.frames()) + (r.firstMfn().isValid() ? " → MFN " + r.firstMfn() : "");
            if (FigureUtilities.getTextWidth(text, g.getFont()) + 6 < x1 - x0) {
                g.setForegroundColor(ColorConstants.black);
                g.drawText(text, x0 + 3, bar.y + 1);
            }
            if (r.equals(selected)) {
                g.setForegroundColor(ColorConstants.black);
                g.setLineWidth(2);
                g.drawRectangle(x0, bar.y, x1 - x0 - 1, bar.height - 1);
                g.setLineWidth(1);
            }
        }
        g.setForegroundColor(ColorConstants.lightGray);
        g.drawRectangle(bar.x, bar.y, bar.width - 1, bar.height - 1);
    }

    /** A number of 4 KiB frames as a size: "8 KiB", "6 MiB", "1 GiB". */
    static String size(long frames) {
        long kib = frames << 2;
        return kib >= 1 << 20 && kib % (1 << 20) == 0 ? (kib >> 20) + " GiB"
                : kib >= 1 << 10 && kib % (1 << 10) == 0 ? (kib >> 10) + " MiB" : kib + " KiB";
    }

    private int xOf(Rectangle bar, long frame) { return bar.x + (int) ((double) (frame - from) / (to - from) * bar.width); }

    private static Color colour(RunKind kind) { return AddressMapFigure.colour(Display.getCurrent(), kind); }
}
