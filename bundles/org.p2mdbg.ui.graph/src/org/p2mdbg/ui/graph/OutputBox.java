package org.p2mdbg.ui.graph;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.CompoundBorder;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.LineBorder;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.RoundedRectangle;
import org.eclipse.draw2d.ToolbarLayout;
import org.p2mdbg.core.walk.WalkResult;

/** Where a walk ended: the output machine frame and the mapping's size, or the translation fault. */
final class OutputBox extends RoundedRectangle {
    OutputBox(WalkResult walk) {
        setLayoutManager(new ToolbarLayout());
        setBorder(new CompoundBorder(new LineBorder(ColorConstants.darkGray, 1), new MarginBorder(6)));
        if (walk.isMapped()) {
            setBackgroundColor(ColorConstants.white);
            add(new Label("frame MFN " + walk.output()));
            add(new Label(sizeOf(walk.order()) + " mapping"));
        } else {
            setBackgroundColor(ColorConstants.lightGray);
            add(new Label("translation fault"));
            add(new Label("at level " + walk.faultLevel()));
        }
    }

    static String sizeOf(int order) {
        return switch (order) {
            case 0 -> "4 KiB";
            case 9 -> "2 MiB";
            case 18 -> "1 GiB";
            case 27 -> "512 GiB";
            default -> "order " + order;
        };
    }
}
