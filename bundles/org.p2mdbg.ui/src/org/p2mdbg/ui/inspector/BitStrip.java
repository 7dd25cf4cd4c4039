package org.p2mdbg.ui.inspector;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.p2mdbg.core.format.lpae.DecodedField;

/**
 * A 64-bit descriptor drawn as the architecture manual draws it: bits 63..32 above 31..0, one cell
 * per bit with its value, each field a coloured band under its bits with its name, bits outside
 * every field grey, and the bits the current event changed outlined in red.
 */
final class BitStrip extends Canvas {
    static final int ROWS = 2;
    private static final int MARGIN = 8;
    private static final int NUMBER_H = 14;
    private static final int CELL_H = 20;
    private static final int BAND_H = 18;
    private static final int ROW_H = NUMBER_H + CELL_H + BAND_H + 8;
    private static final RGB[] PALETTE = {
        new RGB(198, 219, 239), new RGB(199, 233, 192), new RGB(253, 208, 162), new RGB(218, 218, 235),
        new RGB(252, 187, 161), new RGB(204, 235, 197), new RGB(254, 230, 206), new RGB(222, 235, 247),
        new RGB(229, 245, 224), new RGB(239, 237, 245), new RGB(255, 237, 160), new RGB(204, 236, 230)};

    private long value;
    private long changed;
    private List<DecodedField> fields = List.of();

    BitStrip(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        addPaintListener(e -> paint(e.gc));
    }

    /** Shows a value, its fields, and which bits differ from the value before the current event. */
    void show(long newValue, List<DecodedField> newFields, long changedBits) {
        this.value = newValue;
        this.fields = newFields;
        this.changed = changedBits;
        redraw();
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changedLayout) {
        return new Point(wHint == SWT.DEFAULT ? 32 * 22 + 2 * MARGIN : wHint, ROWS * ROW_H + MARGIN);
    }

    private void paint(GC gc) {
        int cell = Math.max(10, (getClientArea().width - 2 * MARGIN) / 32);
        gc.setFont(getFont());
        for (int row = 0; row < ROWS; row++) {
            int top = MARGIN + row * ROW_H;
            int highBit = 63 - row * 32;
            paintFields(gc, top, highBit, cell);
            paintCells(gc, top, highBit, cell);
        }
    }

    private void paintCells(GC gc, int top, int highBit, int cell) {
        for (int i = 0; i < 32; i++) {
            int bit = highBit - i;
            int x = MARGIN + i * cell;
            int y = top + NUMBER_H;
            boolean inField = fieldOf(bit) >= 0;
            gc.setBackground(getDisplay().getSystemColor(inField ? SWT.COLOR_WHITE : SWT.COLOR_WIDGET_LIGHT_SHADOW));
            gc.fillRectangle(x, y, cell, CELL_H);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.drawRectangle(x, y, cell, CELL_H);
            String b = ((value >>> bit) & 1) != 0 ? "1" : "0";
            gc.setForeground(getDisplay().getSystemColor(inField ? SWT.COLOR_BLACK : SWT.COLOR_DARK_GRAY));
            Point t = gc.textExtent(b);
            gc.drawText(b, x + (cell - t.x) / 2, y + (CELL_H - t.y) / 2, true);
            if (((changed >>> bit) & 1) != 0) {
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_RED));
                gc.setLineWidth(2);
                gc.drawRectangle(x + 1, y + 1, cell - 2, CELL_H - 2);
                gc.setLineWidth(1);
            }
            if (bit % 4 == 0 || bit % 4 == 3) {
                String n = Integer.toString(bit);
                Point nt = gc.textExtent(n);
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
                gc.drawText(n, x + (cell - nt.x) / 2, top, true);
            }
        }
    }

    private void paintFields(GC gc, int top, int highBit, int cell) {
        int lowBit = highBit - 31;
        for (int f = 0; f < fields.size(); f++) {
            DecodedField d = fields.get(f);
            int hi = Math.min(d.field().hi(), highBit);
            int lo = Math.max(d.field().lo(), lowBit);
            if (hi < lo) {
                continue;
            }
            int x = MARGIN + (highBit - hi) * cell;
            int w = (hi - lo + 1) * cell;
            int y = top + NUMBER_H + CELL_H + 2;
            Color c = new Color(getDisplay(), PALETTE[f % PALETTE.length]);
            gc.setBackground(c);
            gc.fillRectangle(x, y, w, BAND_H);
            c.dispose();
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_GRAY));
            gc.drawRectangle(x, y, w, BAND_H);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
            String name = fit(gc, d.name(), w - 4);
            Point t = gc.textExtent(name);
            gc.drawText(name, x + (w - t.x) / 2, y + (BAND_H - t.y) / 2, true);
        }
    }

    /** The index of the field holding a bit, or -1 (a bit the format leaves unnamed: RES0 or ignored). */
    private int fieldOf(int bit) {
        for (int f = 0; f < fields.size(); f++) {
            if (bit <= fields.get(f).field().hi() && bit >= fields.get(f).field().lo()) {
                return f;
            }
        }
        return -1;
    }

    private static String fit(GC gc, String text, int width) {
        String t = text;
        while (t.length() > 1 && gc.textExtent(t).x > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
