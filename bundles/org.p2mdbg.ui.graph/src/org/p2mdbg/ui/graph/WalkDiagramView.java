package org.p2mdbg.ui.graph;

import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.p2mdbg.core.walk.WalkResult;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.ui.SessionViewPart;
import org.p2mdbg.ui.TouchedEntry;
import org.p2mdbg.ui.WalkTarget;
import org.p2mdbg.ui.WalkTargets;

/**
 * Draws the table walk of whatever descriptor is selected (in the Page Tables view, or reached by
 * "Go to"), walked again at every step of the session so the diagram shows the tables as they are
 * at the current event; the table entry that event reads or writes is outlined.
 */
public final class WalkDiagramView extends SessionViewPart {
    public static final String ID = "org.p2mdbg.ui.graph.walkDiagram";

    private FigureCanvas canvas;
    private WalkTarget shown;
    private WalkResult shownWalk;
    private final ISelectionListener listener = this::selectionChanged;

    @Override
    protected void createControls(Composite parent) {
        canvas = new FigureCanvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        getSite().getPage().addPostSelectionListener(listener);
    }

    @Override
    protected Control mainControl() { return canvas; }

    @Override
    protected void showSession(P2mSession session) {
        shown = null;
        selectionChanged(null, getSite().getPage().getSelection());   // a view made after the selection still follows it
        redraw(session);
    }

    @Override
    protected void showPosition(P2mSession session) { redraw(session); }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || !(selection instanceof IStructuredSelection s) || s.isEmpty()) {
            return;
        }
        WalkTarget target = WalkTargets.of(s.getFirstElement());
        P2mSession session = session();
        if (target != null && session != null && EcoreUtil.getRootContainer(target.tables()) == session.model()) {
            show(target);
        }
    }

    /** Shows the walk of a target; public so tests and other views can drive the diagram. */
    public void show(WalkTarget target) {
        shown = target;
        redraw(session());
    }

    private void redraw(P2mSession session) {
        shownWalk = shown == null ? null : shown.walk();
        if (shown == null) {
            canvas.setContents(new Label("Select a descriptor in the Page Tables view (or use Go to) to see its walk."));
        } else if (shownWalk == null) {
            canvas.setContents(new Label(shown.title() + ": no tables at this point of the trace (not built yet, or torn down)."));
        } else {
            canvas.setContents(new WalkFigure(shown.title(), shownWalk, TouchedEntry.current(session)));
        }
    }

    public WalkTarget shown() { return shown; }

    /** The walk drawn now (at the session's position), or null. */
    public WalkResult shownWalk() { return shownWalk; }

    public IFigure contents() { return canvas.getContents(); }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(listener);
        super.dispose();
    }
}
