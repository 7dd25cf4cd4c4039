package org.p2mdbg.ui.graph;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.ChopboxAnchor;
import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.PolygonDecoration;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.draw2d.XYLayout;
import org.eclipse.draw2d.geometry.Rectangle;
import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.walk.WalkResult;
import org.p2mdbg.core.walk.WalkStep;
import org.p2mdbg.ui.TouchedEntry;

/**
 * The walk of one address drawn level by level: a box per table read (its level and MFN, the
 * indexed entry and its raw descriptor), an arrow to the next level, and the output frame (or the
 * fault) at the end. The entry the current event touches is outlined in red (written) or blue (read).
 */
public final class WalkFigure extends Figure {
    private static final int BOX_W = 220;
    private static final int BOX_H = 112;
    private static final int GAP = 34;

    private final List<IFigure> boxes = new ArrayList<>();

    /** @param touched the entry the current event reads or writes (outlined when the walk reads it), or null */
    public WalkFigure(String title, WalkResult walk, TouchedEntry touched) {
        setLayoutManager(new XYLayout());
        Label heading = new Label(title);
        add(heading, new Rectangle(10, 6, 900, 20));
        int x = 10;
        for (WalkStep step : walk.steps()) {
            IFigure box = new LevelBox(step, touched != null && touched.is(step.table(), step.index()) ? touched : null);
            add(box, new Rectangle(x, 34, BOX_W, BOX_H));
            boxes.add(box);
            x += BOX_W + GAP;
        }
        IFigure end = new OutputBox(walk);
        add(end, new Rectangle(x, 34, 170, BOX_H));
        boxes.add(end);
        for (int i = 0; i + 1 < boxes.size(); i++) {
            PolylineConnection arrow = new PolylineConnection();
            arrow.setSourceAnchor(new ChopboxAnchor(boxes.get(i)));
            arrow.setTargetAnchor(new ChopboxAnchor(boxes.get(i + 1)));
            arrow.setTargetDecoration(new PolygonDecoration());
            arrow.setForegroundColor(ColorConstants.darkBlue);
            add(arrow);
        }
    }

    /** The boxes in walk order (levels, then the output), for tests and for highlighting. */
    public List<IFigure> boxes() { return boxes; }

    static String entryText(WalkStep s) {
        return "[" + s.index() + "] " + String.format("0x%016x", s.descriptor()) + "\n"
                + Lpae.describe(s.descriptor(), s.level())
                + (Lpae.isValid(s.descriptor()) ? " -> MFN " + Lpae.mfn(s.descriptor()) : "");
    }

    static String tableText(WalkStep s) { return "Level " + s.level() + " table @ MFN " + Hex.of(s.table().value()); }
}
