package org.p2mdbg.ui.graph;

import java.util.List;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.RelinquishedEntries;
import org.p2mdbg.core.walk.WalkRequest;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.model.TranslationTables;
import org.p2mdbg.ui.SessionViewPart;
import org.p2mdbg.ui.WalkTargets;
import org.p2mdbg.ui.tables.AddressSpace;

/**
 * A domain's guest-physical space (or Xen's virtual space) as a map of what its tables map at
 * the current event: holes, 4 KiB pages, 2 MiB and 1 GiB blocks, foreign mappings. Zoom with the
 * buttons or by double-clicking a row; clicking a run describes it and shows the walk of the frame
 * clicked in the Walk Diagram.
 */
public final class AddressMapView extends SessionViewPart implements ISelectionProvider {
    public static final String ID = "org.p2mdbg.ui.graph.addressMap";
    static final int ROWS = 16;
    /** The narrowest range the map zooms to: 16 frames, one pixel column per page or more. */
    private static final long MIN_FRAMES = 16;

    private Composite root;
    private Combo spaceCombo;
    private Label rangeText;
    private Label status;
    private FigureCanvas canvas;
    private List<AddressSpace> spaces = List.of();
    private AddressSpace space;
    private List<AddressRun> runs = List.of();
    private long spaceFrames;
    private long from;
    private long to;
    private AddressRun selected;
    private AddressMapFigure figure;
    /** The relinquished entries of the shown session's trace, read as far as the view has stepped. */
    private RelinquishedEntries relinquished;
    private final ListenerList<ISelectionChangedListener> selectionListeners = new ListenerList<>();
    private ISelection selection = StructuredSelection.EMPTY;

    @Override
    protected void createControls(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(root);
        Composite bar = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(7).margins(4, 2).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        new Label(bar, SWT.NONE).setText("Space:");
        spaceCombo = new Combo(bar, SWT.READ_ONLY);
        spaceCombo.addListener(SWT.Selection, e -> showSpace(spaces.get(spaceCombo.getSelectionIndex())));
        button(bar, "Fit mapped", this::fitMapped);
        button(bar, "Whole space", () -> setRange(0, spaceFrames));
        button(bar, "Zoom in", () -> zoom(0.25));
        button(bar, "Zoom out", () -> zoom(4));
        rangeText = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(rangeText);
        canvas = new FigureCanvas(root, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas);
        status = new Label(root, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(status);
        getSite().setSelectionProvider(this);
    }

    private static void button(Composite bar, String text, Runnable run) {
        Button b = new Button(bar, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> run.run());
    }

    @Override
    protected Control mainControl() { return root; }

    @Override
    protected void showSession(P2mSession session) {
        spaces = session == null ? List.of() : AddressSpace.of(session.model());
        spaceCombo.removeAll();
        spaces.forEach(s -> spaceCombo.add(s.name()));
        if (spaces.isEmpty()) {
            space = null;
            runs = List.of();
            canvas.setContents(new org.eclipse.draw2d.Label(session == null ? "No session." : "The session has no page tables."));
            rangeText.setText("");
            status.setText("");
            return;
        }
        spaceCombo.select(0);
        showSpace(spaces.get(0));
    }

    @Override
    protected void showPosition(P2mSession session) {
        if (space != null) {
            readRuns();
            redraw();
        }
    }

    /** Shows another space, fitted to what it maps. */
    public void showSpace(AddressSpace newSpace) {
        space = newSpace;
        spaceCombo.select(spaces.indexOf(newSpace));
        selected = null;
        readRuns();
        fitMapped();
    }

    private RelinquishedEntries relinquished() {
        if (relinquished == null || relinquished.trace() != session().trace()) {
            relinquished = new RelinquishedEntries(session().trace());
        }
        return relinquished;
    }

    private void readRuns() {
        TranslationTables t = space.tables();
        WalkRequest tables = new WalkRequest(t.getRootMfn().isValid() ? t.getRootMfn() : Mfn.INVALID, t.getRootLevel(),
                t.getRootPages(), t.getStage());
        spaceFrames = AddressRuns.spaceFrames(tables);
        runs = t.getRootMfn().isValid()
                ? AddressRuns.of(session().model().core().frames(), tables,
                        relinquished().before(session().position())) : List.of(new AddressRun(0, spaceFrames, RunKind.HOLE, Mfn.INVALID));
        if (selected != null) {
            long frame = selected.firstFrame();
            selected = runs.stream().filter(r -> r.contains(frame)).findFirst().orElse(null);
        }
    }

    /** Shows from the first to the last mapped frame, widened to whole 2 MiB (512-frame) units. */
    public void fitMapped() {
        List<AddressRun> mapped = runs.stream().filter(r -> r.kind() != RunKind.HOLE).toList();
        if (mapped.isEmpty()) {
            setRange(0, spaceFrames);
            return;
        }
        long first = mapped.get(0).firstFrame() & ~511L;
        long end = (mapped.get(mapped.size() - 1).endFrame() + 511) & ~511L;
        setRange(first, Math.min(spaceFrames, end));
    }

    /** Multiplies the shown width by a factor around its middle (0.25 zooms in fourfold). */
    public void zoom(double factor) {
        long width = Math.max(MIN_FRAMES, (long) ((to - from) * factor));
        long middle = from + (to - from) / 2;
        long start = Math.max(0, middle - width / 2);
        setRange(start, Math.min(spaceFrames, start + width));
    }

    /** Shows the input frames [newFrom, newTo). */
    public void setRange(long newFrom, long newTo) {
        from = Math.max(0, newFrom);
        to = Math.max(from + Math.min(MIN_FRAMES, spaceFrames), Math.min(spaceFrames, newTo));
        redraw();
    }

    private void redraw() {
        figure = new AddressMapFigure(runs, from, to, ROWS, selected, new AddressMapFigure.Actions() {
            @Override
            public void select(long frame) { selectFrame(frame); }

            @Override
            public void zoomTo(long rowFrom, long rowTo) { setRange(rowFrom, rowTo); }
        });
        canvas.setContents(figure);
        rangeText.setText(address(from) + " – " + address(to) + "  (" + MapRow.size(to - from) + ", "
                + MapRow.size(AddressMapFigure.rowSize(to - from, ROWS)) + " a row)");
        rangeText.getParent().layout();
        describeSelection();
    }

    /** Selects the run holding a frame, and offers the frame's walk to the other views. */
    public void selectFrame(long frame) {
        selected = runs.stream().filter(r -> r.contains(frame)).findFirst().orElse(null);
        redraw();
        setSelection(selected == null ? StructuredSelection.EMPTY : new StructuredSelection(WalkTargets.of(space.tables(), frame)));
    }

    private void describeSelection() {
        if (selected == null) {
            status.setText("Click a run to describe it and see its walk; double-click a row to zoom into it.");
            return;
        }
        AddressRun r = selected;
        status.setText(address(r.firstFrame()) + " – " + address(r.endFrame() - 1) + " | " + r.frames() + " frames: "
                + r.kind().label() + (r.firstMfn().isValid() ? ", first frame → MFN " + r.firstMfn() : ""));
    }

    private String address(long frame) { return Hex.of(frame << Mfn.PAGE_SHIFT); }

    // ---- for tests ----

    public List<AddressRun> runs() { return runs; }

    public AddressMapFigure figure() { return figure; }

    public long shownFrom() { return from; }

    public long shownTo() { return to; }

    public String statusText() { return status.getText(); }

    // ---- ISelectionProvider: the walk of the frame clicked ----

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener l) { selectionListeners.add(l); }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener l) { selectionListeners.remove(l); }

    @Override
    public ISelection getSelection() { return selection; }

    @Override
    public void setSelection(ISelection newSelection) {
        selection = newSelection;
        SelectionChangedEvent e = new SelectionChangedEvent(this, newSelection);
        selectionListeners.forEach(l -> l.selectionChanged(e));
    }
}
