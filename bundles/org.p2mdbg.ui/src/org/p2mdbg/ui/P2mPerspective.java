package org.p2mdbg.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPlaceholderFolderLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.p2mdbg.ui.compare.StrategyComparisonView;
import org.p2mdbg.ui.costs.CostsView;
import org.p2mdbg.ui.diff.CheckpointDiffView;
import org.p2mdbg.ui.findings.FindingsView;
import org.p2mdbg.ui.inspector.DescriptorInspectorView;
import org.p2mdbg.ui.tables.PageTablesView;
import org.p2mdbg.ui.trace.TraceView;

/**
 * The P2M Debugger perspective: the page tables on the left; the walk (or the address map) and the
 * descriptor inspector on the right; the trace, findings and costs along the bottom.
 */
public final class P2mPerspective implements IPerspectiveFactory {
    public static final String ID = "org.p2mdbg.ui.perspective";
    /** The views of org.p2mdbg.ui.graph (placed here by id: the graph bundle depends on this one). */
    public static final String WALK_DIAGRAM_VIEW = "org.p2mdbg.ui.graph.walkDiagram";
    public static final String ADDRESS_MAP_VIEW = "org.p2mdbg.ui.graph.addressMap";
    /** The Eclipse Debug views, placed by id (this bundle does not depend on org.eclipse.debug.ui). */
    static final String DEBUG_VIEW = "org.eclipse.debug.ui.DebugView";
    static final String VARIABLES_VIEW = "org.eclipse.debug.ui.VariableView";
    static final String BREAKPOINTS_VIEW = "org.eclipse.debug.ui.BreakpointView";
    /** The folder on the left, where the product's welcome page joins the Page Tables view. */
    public static final String LEFT = "left";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editor = layout.getEditorArea();
        layout.setEditorAreaVisible(false);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.62f, editor);
        bottom.addView(TraceView.ID);
        bottom.addView(FindingsView.ID);
        bottom.addView(CostsView.ID);
        bottom.addPlaceholder(StrategyComparisonView.ID);
        bottom.addPlaceholder(CheckpointDiffView.ID);
        IFolderLayout left = layout.createFolder(LEFT, IPageLayout.LEFT, 0.3f, editor);
        left.addView(PageTablesView.ID);
        // a debug launch shows its stack under the tables and its variables beside the trace
        layout.createPlaceholderFolder("debug", IPageLayout.BOTTOM, 0.55f, LEFT).addPlaceholder(DEBUG_VIEW);
        IPlaceholderFolderLayout variables = layout.createPlaceholderFolder("variables", IPageLayout.RIGHT, 0.6f, "bottom");
        variables.addPlaceholder(VARIABLES_VIEW);
        variables.addPlaceholder(BREAKPOINTS_VIEW);
        IFolderLayout main = layout.createFolder("main", IPageLayout.TOP, 0.42f, editor);
        main.addView(WALK_DIAGRAM_VIEW);
        main.addView(ADDRESS_MAP_VIEW);
        IFolderLayout detail = layout.createFolder("detail", IPageLayout.BOTTOM, 0.58f, "main");
        detail.addView(DescriptorInspectorView.ID);
        // the Inspector shows a descriptor's fields; the Properties view opens here on demand
        detail.addPlaceholder(IPageLayout.ID_PROP_SHEET);
        // Run/Debug launch history, Debug Configurations…, step and breakpoint actions (org.eclipse.debug.ui)
        layout.addActionSet("org.eclipse.debug.ui.launchActionSet");
        layout.addActionSet("org.eclipse.debug.ui.debugActionSet");
        layout.addActionSet("org.eclipse.debug.ui.breakpointActionSet");
        for (String id : new String[] {PageTablesView.ID, DescriptorInspectorView.ID, TraceView.ID, FindingsView.ID,
            CostsView.ID, StrategyComparisonView.ID, CheckpointDiffView.ID, WALK_DIAGRAM_VIEW, ADDRESS_MAP_VIEW, IPageLayout.ID_PROP_SHEET, DEBUG_VIEW, VARIABLES_VIEW, BREAKPOINTS_VIEW}) {
            layout.addShowViewShortcut(id);
        }
    }
}
