package org.p2mdbg.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The P2M Debugger perspective: the page tables on the left, the walk in the middle, properties below. */
public final class P2mPerspective implements IPerspectiveFactory {
    public static final String ID = "org.p2mdbg.ui.perspective";
    /** The walk diagram of org.p2mdbg.ui.graph (placed here by id: the graph bundle depends on this one). */
    public static final String WALK_DIAGRAM_VIEW = "org.p2mdbg.ui.graph.walkDiagram";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editor = layout.getEditorArea();
        layout.setEditorAreaVisible(false);
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.42f, editor);
        left.addView(PageTablesView.ID);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.55f, editor);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        IFolderLayout main = layout.createFolder("main", IPageLayout.TOP, 0.45f, editor);
        main.addView(WALK_DIAGRAM_VIEW);
        layout.addShowViewShortcut(PageTablesView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(WALK_DIAGRAM_VIEW);
    }
}
