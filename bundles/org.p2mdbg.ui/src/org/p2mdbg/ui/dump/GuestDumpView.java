package org.p2mdbg.ui.dump;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.p2mdbg.core.dump.MappedRange;
import org.p2mdbg.core.dump.MappingScan;
import org.p2mdbg.core.dump.Translation;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Va;

/**
 * A QEMU guest-memory dump (x86-64, or AArch64 with the registers the user gave): its merged
 * mappings in a virtual table (scanned in a job; rows are made only as they scroll into sight) and, below, the walk of the selected range's first address or of a typed VA,
 * level by level with every field decoded. Only the walked entries are read, on selection.
 */
public final class GuestDumpView extends ViewPart {
    public static final String ID = "org.p2mdbg.ui.guestDump";

    private Label summary;
    private TableViewer mappings;
    private TreeViewer walk;
    private GuestDump dump;
    private List<MappedRange> ranges = List.of();
    /** What the view offers the workbench: the address walked last, which the Walk Diagram draws. */
    private final WalkedAddress walked = new WalkedAddress();

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(parent);
        summary = new Label(parent, SWT.WRAP);
        summary.setText("No dump open: File > Open Guest Dump…");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        createMappings(sash);
        createWalk(sash);
        sash.setWeights(2, 3);
        getViewSite().getActionBars().getToolBarManager().add(translateAction());
        getSite().setSelectionProvider(walked);
    }

    private void createMappings(Composite parent) {
        mappings = new TableViewer(parent, SWT.VIRTUAL | SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        mappings.getTable().setHeaderVisible(true);
        mappings.getTable().setLinesVisible(true);
        mappings.setUseHashlookup(true);
        for (int c = 0; c < MappingColumns.TITLES.length; c++) {
            int column = c;
            TableViewerColumn col = new TableViewerColumn(mappings, SWT.LEFT);
            col.getColumn().setText(MappingColumns.TITLES[c]);
            col.getColumn().setWidth(MappingColumns.WIDTHS[c]);
            col.setLabelProvider(new ColumnLabelProvider() {
                @Override public String getText(Object e) { return MappingColumns.text((MappedRange) e, column); }
            });
        }
        mappings.setContentProvider(new ILazyContentProvider() {
            @Override public void updateElement(int index) { mappings.replace(ranges.get(index), index); }

            @Override public void inputChanged(Viewer v, Object oldInput, Object newInput) { }
        });
        mappings.addSelectionChangedListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first instanceof MappedRange r) {
                showWalk(r.start().value());
            }
        });
    }

    private void createWalk(Composite parent) {
        walk = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        walk.getTree().setHeaderVisible(true);
        walk.getTree().setLinesVisible(true);
        for (int c = 0; c < WalkColumns.TITLES.length; c++) {
            int column = c;
            TreeViewerColumn col = new TreeViewerColumn(walk, SWT.LEFT);
            col.getColumn().setText(WalkColumns.TITLES[c]);
            col.getColumn().setWidth(WalkColumns.WIDTHS[c]);
            col.setLabelProvider(new ColumnLabelProvider() {
                @Override public String getText(Object e) { return WalkColumns.text(e, column, GuestDumpView.this::tableName); }
            });
        }
        walk.setContentProvider(new WalkRows());
    }

    private Action translateAction() {
        Action a = new Action("Translate VA…") {
            @Override public void run() { askAndTranslate(); }
        };
        a.setToolTipText("Walk the page tables for one virtual address");
        return a;
    }

    private void askAndTranslate() {
        if (dump == null) {
            return;
        }
        InputDialog d = new InputDialog(getSite().getShell(), "Translate VA", "Virtual address (hex):", "",
                s -> VaInput.parse(s) == null ? "Not a 64-bit hex address" : null);
        if (d.open() == IDialogConstants.OK_ID) {
            showWalk(VaInput.parse(d.getValue()));
        }
    }

    /**
     * Shows a dump at once (walks work straight away) and scans its mappings in a job: the scan reads
     * every table, which takes a while for a large guest. The table then gets only its row count;
     * rows are made as they are drawn.
     */
    public void show(GuestDump d) {
        dump = d;
        ranges = List.of();
        summary.setText(d.file().getFileName() + ": " + d.space().description() + "; scanning the mappings…");
        summary.getParent().layout();
        walk.setInput(null);
        mappings.setInput(d);
        mappings.setItemCount(0);
        Display display = summary.getDisplay();
        Job scan = Job.create("Scanning the mappings of " + d.file().getFileName(), monitor -> {
            monitor.beginTask("Reading every table of " + d.file().getFileName(), IProgressMonitor.UNKNOWN);
            MappingScan s = d.scan(monitor::isCanceled);
            display.asyncExec(() -> showScan(d, s));
        });
        scan.schedule();
    }

    /** Shows a scan's ranges, finished or cancelled (then with where it stopped); the scan job calls it on the UI thread. */
    public void showScan(GuestDump d, MappingScan s) {
        if (summary.isDisposed() || d != dump) {
            return;
        }
        ranges = s.ranges();
        String found = s.cancelledAt().map(va -> "mapping scan cancelled after " + ranges.size() + (ranges.size() == 1 ? " range" : " ranges") + " at VA " + Hex.of(va.value())
                + " (the ranges below it are complete; walks and the Page Tables view still work: they read only what they show)")
                .orElse(ranges.size() + " ranges from " + s.leaves() + " leaves");
        summary.setText(d.file().getFileName() + ": " + d.space().description() + "; " + found + (s.skipped().isEmpty() ? ""
                : ", " + s.skipped().size() + " parts not walked (first: " + s.skipped().get(0).message() + ")"));
        summary.getParent().layout();
        mappings.setItemCount(ranges.size());
        mappings.refresh();
    }

    /** Walks one address and shows every level; the last entry read (the leaf or the fault) is opened to its fields. */
    public Translation showWalk(long va) {
        Translation t = dump.space().translate(new Va(va));
        walked.setSelection(new StructuredSelection(new DumpAddressWalk(dump, va)));
        walk.setInput(t);
        if (!t.steps().isEmpty()) {
            walk.expandToLevel(t.steps().get(t.steps().size() - 1), 1);
        }
        return t;
    }

    private String tableName(int level) {
        return walk.getInput() instanceof Translation t ? dump.levelName(t.region(), level) : "";
    }

    public GuestDump dump() { return dump; }

    public TableViewer mappingsViewer() { return mappings; }

    public String summary() { return summary.getText(); }

    public TreeViewer walkViewer() { return walk; }

    @Override
    public void setFocus() { mappings.getControl().setFocus(); }
}
