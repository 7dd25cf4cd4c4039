package org.p2mdbg.ui.graph;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.CompoundBorder;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.LineBorder;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.RectangleFigure;
import org.eclipse.draw2d.ToolbarLayout;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;
import org.p2mdbg.core.decode.AddressSpaceKind;
import org.p2mdbg.core.decode.DecodedLevel;
import org.p2mdbg.core.decode.EntryRole;
import org.p2mdbg.ui.TouchedEntry;

/** One table read of a walk: the table (level name, address), the entry that was indexed, and what the current event did to it. */
final class LevelBox extends RectangleFigure {
    private static final Color TABLE_BG = new Color(Display.getDefault(), 232, 240, 255);
    private static final Color MAPPING_BG = new Color(Display.getDefault(), 225, 245, 225);
    private static final Color INVALID_BG = new Color(Display.getDefault(), 250, 228, 228);

    private final DecodedLevel level;
    private final TouchedEntry touched;

    LevelBox(DecodedLevel level, AddressSpaceKind space, TouchedEntry touched) {
        this.level = level;
        this.touched = touched;
        ToolbarLayout layout = new ToolbarLayout();
        layout.setSpacing(3);
        setLayoutManager(layout);
        setBorder(new CompoundBorder(touched == null ? new LineBorder(ColorConstants.darkGray, 1)
                : new LineBorder(touched.isWrite() ? ColorConstants.red : ColorConstants.blue, 3), new MarginBorder(4)));
        setBackgroundColor(level.role() == EntryRole.TABLE ? TABLE_BG : level.role().isLeaf() ? MAPPING_BG : INVALID_BG);
        add(new Label(level.levelName() + " table @ " + space.text(level.table())));
        add(new Label("[" + level.index() + "] " + String.format("0x%016x", level.descriptor()) + "\n" + level.kind()));
        if (touched != null) {
            add(new Label((touched.isWrite() ? "written" : "read") + " by event #" + touched.event()
                    + (touched.isWrite() ? "\nwas " + String.format("0x%016x", touched.before()) : "")));
        }
    }

    /** The current event's access to this box's entry, or null. */
    TouchedEntry touched() { return touched; }

    DecodedLevel level() { return level; }
}
