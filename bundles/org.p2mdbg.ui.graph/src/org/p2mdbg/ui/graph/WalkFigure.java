package org.p2mdbg.ui.graph;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.ChopboxAnchor;
import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.ConnectionEndpointLocator;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.PolygonDecoration;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.draw2d.PositionConstants;
import org.eclipse.draw2d.XYLayout;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.graphics.Color;
import org.p2mdbg.core.decode.AddressSpaceKind;
import org.p2mdbg.core.decode.DecodedLevel;
import org.p2mdbg.core.decode.DecodedWalk;
import org.p2mdbg.ui.TouchedEntry;

/**
 * Walks drawn level by level, one row each: a box per table read (its level name and address, the
 * indexed entry and its raw descriptor), an arrow to the next level, and the output (or the fault)
 * at the end. The first row is the main walk; a later row whose output is an entry of the main walk
 * (Xen's VLPT load of a p2m entry) gets a dashed arrow to that entry's box, and one that translates
 * the same input (a device's IOMMU walk) an arrow between the two outputs, green when they reach the
 * same frame and red when not. The entry the current event touches is outlined in red (written) or
 * blue (read).
 */
public final class WalkFigure extends Figure {
    private static final int BOX_W = 196;
    private static final int BOX_H = 112;
    private static final int GAP = 28;
    private static final int ROW_H = BOX_H + 70;
    private static final int TOP = 34;

    private final List<List<IFigure>> rows = new ArrayList<>();

    /**
     * @param touched the entry the current event reads or writes (outlined when a walk reads it), or null
     * @param notes how the walks relate, in words, listed under them
     */
    public WalkFigure(String title, List<DecodedWalk> walks, List<String> notes, TouchedEntry touched) {
        setLayoutManager(new XYLayout());
        add(left(title), new Rectangle(10, 6, 1200, 20));
        int y = TOP;
        for (DecodedWalk walk : walks) {
            if (walks.size() > 1) {
                add(left(walk.title()), new Rectangle(10, y, 1200, 18));
                y += 20;
            }
            rows.add(row(walk, y, touched));
            y += ROW_H - 20;
        }
        for (int r = 1; r < walks.size(); r++) {
            link(walks.get(0), rows.get(0), walks.get(r), rows.get(r));
        }
        for (String note : notes) {
            add(left("• " + note), new Rectangle(10, y, 1200, 18));
            y += 20;
        }
    }

    private List<IFigure> row(DecodedWalk walk, int y, TouchedEntry touched) {
        List<IFigure> boxes = new ArrayList<>();
        int x = 10;
        for (DecodedLevel level : walk.levels()) {
            boolean hit = touched != null && walk.space() == AddressSpaceKind.MACHINE
                    && touched.table().value() << 12 == level.table() && touched.index() == level.index();
            IFigure box = new LevelBox(level, walk.space(), hit ? touched : null);
            add(box, new Rectangle(x, y, BOX_W, BOX_H));
            boxes.add(box);
            x += BOX_W + GAP;
        }
        IFigure end = new OutputBox(walk);
        add(end, new Rectangle(x, y, 170, BOX_H));
        boxes.add(end);
        for (int i = 0; i + 1 < boxes.size(); i++) {
            add(arrow(boxes.get(i), boxes.get(i + 1), ColorConstants.darkBlue, false, null));
        }
        return boxes;
    }

    /** Ties a later walk to the main one: its output is an entry of the main walk, or the same frame the main walk reaches. */
    private void link(DecodedWalk main, List<IFigure> mainBoxes, DecodedWalk other, List<IFigure> otherBoxes) {
        IFigure otherEnd = otherBoxes.get(otherBoxes.size() - 1);
        DecodedLevel loaded = other.isMapped() ? main.levelWithEntryAt(other.output()) : null;
        if (loaded != null) {
            add(arrow(otherEnd, mainBoxes.get(main.levels().indexOf(loaded)), ColorConstants.darkGreen, true, "loads this entry"));
            return;
        }
        boolean same = main.isMapped() && other.isMapped() && main.output() >> 12 == other.output() >> 12;
        add(arrow(otherEnd, mainBoxes.get(mainBoxes.size() - 1), same ? ColorConstants.darkGreen : ColorConstants.red, true,
                same ? "same frame" : "differs"));
    }

    private static Label left(String text) {
        Label l = new Label(text);
        l.setLabelAlignment(PositionConstants.LEFT);
        return l;
    }

    private static PolylineConnection arrow(IFigure from, IFigure to, Color color, boolean dashed, String text) {
        PolylineConnection arrow = new PolylineConnection();
        arrow.setSourceAnchor(new ChopboxAnchor(from));
        arrow.setTargetAnchor(new ChopboxAnchor(to));
        arrow.setTargetDecoration(new PolygonDecoration());
        arrow.setForegroundColor(color);
        if (dashed) {
            arrow.setLineStyle(Graphics.LINE_DASH);
            arrow.setLineWidth(2);
        }
        if (text != null) {
            Label label = new Label(text);
            label.setForegroundColor(color);
            arrow.add(label, new ConnectionEndpointLocator(arrow, false));
        }
        return arrow;
    }

    /** The boxes of the main walk in walk order (levels, then the output), for tests. */
    public List<IFigure> boxes() { return rows.isEmpty() ? List.of() : rows.get(0); }

    /** The boxes of every walk, one list per row, for tests. */
    public List<List<IFigure>> rows() { return rows; }
}
