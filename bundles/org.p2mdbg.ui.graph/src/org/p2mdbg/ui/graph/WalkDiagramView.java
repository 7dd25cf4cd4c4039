package org.p2mdbg.ui.graph;

import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.p2mdbg.ui.WalkTarget;
import org.p2mdbg.ui.WalkTargets;

/** Draws the table walk of whatever descriptor (or address) is selected in the Page Tables view. */
public final class WalkDiagramView extends ViewPart {
    public static final String ID = "org.p2mdbg.ui.graph.walkDiagram";

    private FigureCanvas canvas;
    private WalkTarget shown;
    private final ISelectionListener listener = this::selectionChanged;

    @Override
    public void createPartControl(Composite parent) {
        canvas = new FigureCanvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.setContents(new Label("Select a descriptor in the Page Tables view to see its walk."));
        getSite().getPage().addPostSelectionListener(listener);
        ISelection current = getSite().getPage().getSelection();
        if (current != null) {
            selectionChanged(null, current);
        }
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || !(selection instanceof IStructuredSelection s) || s.isEmpty()) {
            return;
        }
        WalkTarget target = WalkTargets.of(s.getFirstElement());
        if (target != null) {
            show(target);
        }
    }

    /** Shows the walk of a target; public so tests and other views can drive the diagram. */
    public void show(WalkTarget target) {
        shown = target;
        canvas.setContents(new WalkFigure(target.title(), target.walk()));
    }

    public WalkTarget shown() { return shown; }

    public IFigure contents() { return canvas.getContents(); }

    @Override
    public void setFocus() { canvas.setFocus(); }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(listener);
        super.dispose();
    }
}
