package org.p2mdbg.ui.diff;

import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.p2mdbg.core.diff.EntryChange;
import org.p2mdbg.core.diff.ReferenceChange;
import org.p2mdbg.core.diff.TableTree;
import org.p2mdbg.core.diff.TreeDifference;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.ui.SessionViewPart;
import org.p2mdbg.ui.tables.AddressSpace;
import org.p2mdbg.ui.tables.PageTablesView;

/**
 * How the machine differs between two points of the run (scenario checkpoints, the start, the
 * end, or the current event), as a tree: per domain the tables allocated and freed and the entries
 * changed (old → new, decoded), then the reference counts changed and the findings proven in
 * between. Rows are made as they open; double-clicking an entry goes to it in Page Tables (and so
 * in the inspector). The core's TreeDifference, as {@code p2mdbg diff}, computes it.
 */
public final class CheckpointDiffView extends SessionViewPart {
    public static final String ID = "org.p2mdbg.ui.checkpointDiff";

    private Composite root;
    private Combo from;
    private Combo to;
    private TreeViewer viewer;
    private List<DiffPoint> points = List.of();

    @Override
    protected void createControls(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).numColumns(5).applyTo(root);
        new Label(root, SWT.NONE).setText("From:");
        from = new Combo(root, SWT.READ_ONLY);
        new Label(root, SWT.NONE).setText("To:");
        to = new Combo(root, SWT.READ_ONLY);
        Button show = new Button(root, SWT.PUSH);
        show.setText("Show the difference");
        show.addListener(SWT.Selection, e -> showDifference());
        viewer = new TreeViewer(root, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().span(5, 1).grab(true, true).applyTo(viewer.getControl());
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) { return ((List<?>) input).toArray(); }

            @Override
            public Object[] getChildren(Object parent) { return ((DiffNode) parent).children().toArray(); }

            @Override
            public Object getParent(Object element) { return null; }

            @Override
            public boolean hasChildren(Object element) { return ((DiffNode) element).hasChildren(); }
        });
        viewer.setLabelProvider(new LabelProvider());
        viewer.addDoubleClickListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof DiffNode n) {
                open(n);
            }
        });
    }

    @Override
    protected Control mainControl() { return root; }

    @Override
    protected void showSession(P2mSession session) {
        choices(session, -1, -1);
        viewer.setInput(List.of());
        setContentDescription(session == null ? "No session." : "Choose two points and show the difference.");
    }

    @Override
    protected void showPosition(P2mSession session) {
        // the current event is one of the points: its position moves, the choices and the shown difference stay
        choices(session, from.getSelectionIndex(), to.getSelectionIndex());
    }

    private void choices(P2mSession session, int fromIndex, int toIndex) {
        points = session == null ? List.of() : DiffPoint.of(session);
        String[] labels = points.stream().map(DiffPoint::label).toArray(String[]::new);
        from.setItems(labels);
        to.setItems(labels);
        if (!points.isEmpty()) {
            from.select(fromIndex >= 0 ? fromIndex : points.size() > 3 ? 1 : 0);   // the first checkpoint, when there is one
            to.select(toIndex >= 0 ? toIndex : points.size() - 1);
        }
        root.layout(true, true);
    }

    /** Chooses the two points by name ("checkpoint before-destroy", "current event", "end") and shows their difference. */
    public void compare(String fromName, String toName) {
        from.select(indexOf(fromName));
        to.select(indexOf(toName));
        showDifference();
    }

    private int indexOf(String name) {
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no point " + name + " in " + points);
    }

    private void showDifference() {
        P2mSession session = session();
        if (session == null || from.getSelectionIndex() < 0 || to.getSelectionIndex() < 0) {
            return;
        }
        DiffPoint a = points.get(from.getSelectionIndex());
        DiffPoint b = points.get(to.getSelectionIndex());
        List<TreeDifference> trees;
        // the session's own cursor goes to both points and back, here on the UI thread, so no view reads the machine meanwhile
        synchronized (session) {
            trees = TreeDifference.between(session.result(), session.cursor(), TableTree.of(session.result()), a.position(), b.position());
        }
        List<ReferenceChange> references = ReferenceChange.between(session.trace(), a.position(), b.position());
        viewer.setInput(DiffTree.of(session.result(), trees, references, a.position(), b.position()));
        setContentDescription(session.name() + ": from " + a.label() + " to " + b.label());
    }

    /** Goes to an entry row's entry in Page Tables (which the inspector follows); other rows open or close. */
    public void open(DiffNode node) {
        if (node.change() == null) {
            viewer.setExpandedState(node, !viewer.getExpandedState(node));
            return;
        }
        TableTree tree = node.tree();
        EntryChange change = node.change();
        P2mSession session = session();
        String name = tree.isXen() ? "Xen" : tree.name();
        AddressSpace space = AddressSpace.of(session.model()).stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
        try {
            PageTablesView tables = (PageTablesView) getSite().getPage().showView(PageTablesView.ID);
            if (space == null) {
                throw new IllegalArgumentException(tree.title() + " has no tables at the current event");
            }
            tables.goTo(space, change.firstFrame());
        } catch (PartInitException | IllegalArgumentException e) {
            MessageDialog.openInformation(getSite().getShell(), "Go to the entry", "Cannot show " + tree.frameName() + " "
                    + Hex.of(change.firstFrame()) + ": " + e.getMessage() + ". Step to an event where it exists.");
        }
    }

    // ---- for tests ----

    public TreeViewer viewer() { return viewer; }
}
