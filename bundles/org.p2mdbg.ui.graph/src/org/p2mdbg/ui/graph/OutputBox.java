package org.p2mdbg.ui.graph;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.CompoundBorder;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.LineBorder;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.RoundedRectangle;
import org.eclipse.draw2d.ToolbarLayout;
import org.p2mdbg.core.decode.DecodedWalk;
import org.p2mdbg.core.decode.DecodedWalks;

/** Where a walk ended: the output address and the mapping's size, or the fault. */
final class OutputBox extends RoundedRectangle {
    OutputBox(DecodedWalk walk) {
        setLayoutManager(new ToolbarLayout());
        setBorder(new CompoundBorder(new LineBorder(ColorConstants.darkGray, 1), new MarginBorder(6)));
        if (walk.isMapped()) {
            setBackgroundColor(ColorConstants.white);
            add(new Label(walk.space().text(walk.output())));
            add(new Label(walk.size() == 8 ? "one 8-byte load" : DecodedWalks.size(walk.size()) + " mapping"));
        } else {
            setBackgroundColor(ColorConstants.lightGray);
            add(new Label("translation fault"));
            add(new Label(walk.last() == null ? "no tables" : "at " + walk.last().levelName()));
        }
        setToolTip(new Label(walk.outcome()));
    }
}
