package org.p2mdbg.ui.trace;

import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.p2mdbg.core.trace.Trace;

/**
 * The operations of a trace side by side, each a bar as wide as its share of the events, coloured
 * by what it does (map, unmap, relinquish, teardown, Xen's tables...), with the session's position
 * as a red line. Clicking a bar asks to jump to that operation.
 */
final class OperationTimeline extends Canvas {
    static final int HEIGHT = 34;
    private static final int PAD = 4;

    private Trace trace;
    private long position;
    private final IntConsumer onClick;

    OperationTimeline(Composite parent, IntConsumer onClick) {
        super(parent, SWT.DOUBLE_BUFFERED);
        this.onClick = onClick;
        addPaintListener(e -> paint(e.gc));
        addListener(SWT.MouseDown, e -> {
            int op = operationAt(e.x);
            if (op >= 0 && e.button == 1) {
                onClick.accept(op);
            }
        });
        addListener(SWT.MouseMove, e -> {
            int op = operationAt(e.x);
            setToolTipText(op < 0 ? null : "#" + op + " " + trace.operationName(op) + " — "
                    + (trace.operationEnd(op) - trace.operationStart(op)) + " events (click to go there)");
        });
    }

    void show(Trace newTrace, long newPosition) {
        this.trace = newTrace;
        this.position = newPosition;
        redraw();
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        return new Point(wHint == SWT.DEFAULT ? 400 : wHint, HEIGHT);
    }

    /** The operation drawn at x, or -1. */
    int operationAt(int x) {
        if (trace == null || trace.operationCount() == 0) {
            return -1;
        }
        long e = (long) ((double) (x - PAD) / width() * trace.size());
        return e < 0 || e >= trace.size() ? -1 : Math.max(0, trace.operationOf(e));
    }

    /** The x where an event starts. */
    int xOf(long event) { return PAD + (int) Math.round((double) event / Math.max(1, trace.size()) * width()); }

    private int width() { return Math.max(1, getClientArea().width - 2 * PAD); }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        if (trace == null || trace.size() == 0) {
            return;
        }
        int top = PAD;
        int h = area.height - 2 * PAD;
        for (int op = 0; op < trace.operationCount(); op++) {
            int x0 = xOf(trace.operationStart(op));
            int x1 = Math.max(x0 + 1, xOf(trace.operationEnd(op)));
            Color c = new Color(getDisplay(), colourOf(trace.operationName(op)));
            gc.setBackground(c);
            gc.fillRectangle(x0, top, x1 - x0, h);
            c.dispose();
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
            gc.drawLine(x0, top, x0, top + h);
            String label = trace.operationName(op);
            Point t = gc.textExtent(label);
            if (t.x + 6 < x1 - x0) {
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
                gc.drawText(label, x0 + 3, top + (h - t.y) / 2, true);
            }
        }
        int x = xOf(position);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_RED));
        gc.setLineWidth(2);
        gc.drawLine(x, 0, x, area.height);
        gc.setLineWidth(1);
    }

    /** One colour per kind of operation, by the scenario verb that started it. */
    static RGB colourOf(String operation) {
        String verb = operation.split(" ", 2)[0];
        return switch (verb) {
            case "populate" -> new RGB(166, 206, 227);
            case "map" -> new RGB(178, 223, 138);
            case "unmap" -> new RGB(251, 154, 153);
            case "relinquish" -> new RGB(253, 191, 111);
            case "teardown" -> new RGB(202, 178, 214);
            case "destroy" -> operation.contains("teardown") ? new RGB(202, 178, 214) : new RGB(253, 191, 111);
            case "xen-pt" -> new RGB(255, 255, 153);
            default -> new RGB(220, 220, 220);
        };
    }
}
