package org.p2mdbg.ui.graph;

import java.util.List;

import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.p2mdbg.core.decode.DecodedWalk;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.ui.SessionViewPart;
import org.p2mdbg.ui.TouchedEntry;
import org.p2mdbg.ui.WalkTarget;
import org.p2mdbg.ui.WalkTargets;

/**
 * Draws the table walk of whatever is selected — a descriptor of the Page Tables view (a p2m's,
 * Xen's, a dumped guest's), an address reached by "Go to", anything that adapts to a
 * {@link WalkTarget} — in its own format, with the walks nested in it or compared with it beside it
 * (a device's IOMMU walk of the same frame, Xen's VLPT walk that loads the p2m entry). A session's
 * walks are made again at every step, so the diagram shows the tables as they are at the current
 * event; the table entry that event reads or writes is outlined.
 */
public final class WalkDiagramView extends SessionViewPart {
    public static final String ID = "org.p2mdbg.ui.graph.walkDiagram";

    private FigureCanvas canvas;
    private WalkTarget shown;
    private List<DecodedWalk> shownWalks = List.of();
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
        if (shown != null && shown.readsSession()) {
            shown = null;
        }
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
        if (target != null && target.belongsTo(session())) {
            show(target);
        }
    }

    /** Shows the walks of a target; public so tests and other views can drive the diagram. */
    public void show(WalkTarget target) {
        shown = target;
        redraw(session());
    }

    private void redraw(P2mSession session) {
        shownWalks = shown == null ? List.of() : shown.walks();
        if (shown == null) {
            canvas.setContents(new Label("Select a descriptor in the Page Tables view (or use Go to) to see its walk."));
        } else if (shownWalks.isEmpty()) {
            canvas.setContents(new Label(shown.title() + ": no tables at this point of the trace (not built yet, or torn down)."));
        } else {
            canvas.setContents(new WalkFigure(shown.title(), shownWalks, shown.notes(),
                    shown.readsSession() ? TouchedEntry.current(session) : null));
        }
    }

    public WalkTarget shown() { return shown; }

    /** The main walk drawn now (at the session's position), or null. */
    public DecodedWalk shownWalk() { return shownWalks.isEmpty() ? null : shownWalks.get(0); }

    /** Every walk drawn now, the main one first. */
    public List<DecodedWalk> shownWalks() { return shownWalks; }

    public IFigure contents() { return canvas.getContents(); }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(listener);
        super.dispose();
    }
}
