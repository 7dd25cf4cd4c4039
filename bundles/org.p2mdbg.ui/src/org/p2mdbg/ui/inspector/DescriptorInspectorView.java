package org.p2mdbg.ui.inspector;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.core.runtime.Adapters;
import org.p2mdbg.core.decode.DescriptorFormat;
import org.p2mdbg.core.format.lpae.DecodedField;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.model.Descriptor;
import org.p2mdbg.ui.InspectableEntry;
import org.p2mdbg.ui.SessionViewPart;
import org.p2mdbg.ui.TouchedEntry;
import org.p2mdbg.ui.trace.TraceEvent;

/**
 * One descriptor bit by bit, in any format (LPAE stage 1/2, x86-64, VT-d, AMD-Vi, a dumped guest's
 * x86-64 or AArch64 entry): every field named as its manual names it, its bits, value and meaning,
 * the raw value, and a 64-bit strip. When the current event writes the entry, each field shows old
 * → new and the changed bits are outlined. It follows the selection (a descriptor of the Page
 * Tables view, an entry event of the Trace view, anything that is or adapts to an
 * {@link InspectableEntry}) and, while "follow" is on, the entry each step reads or writes.
 */
public final class DescriptorInspectorView extends SessionViewPart {
    public static final String ID = "org.p2mdbg.ui.inspector";

    private Composite root;
    private Label title;
    private Label raw;
    private BitStrip strip;
    private TableViewer grid;
    private Color changedColor;
    private InspectableEntry shown;
    private boolean follow = true;
    private final ISelectionListener selectionListener = this::selectionChanged;

    @Override
    protected void createControls(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 6).spacing(4, 4).applyTo(root);
        title = new Label(root, SWT.NONE);
        title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        raw = new Label(root, SWT.NONE);
        raw.setFont(JFaceResources.getTextFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(raw);
        strip = new BitStrip(root);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(strip);
        grid = new TableViewer(root, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        changedColor = new Color(root.getDisplay(), 255, 224, 178);
        Table table = grid.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        grid.setContentProvider(ArrayContentProvider.getInstance());
        column("Field", 90, r -> r.now().name());
        column("Bits", 60, r -> r.now().field().bits());
        column("Value", 110, r -> hex(r.now().value()));
        column("Meaning", 260, r -> meaningOf(r.now()));
        column("Before the event", 260, r -> r.before() == null ? "(not a field then)"
                : r.changed() ? hex(r.before().value()) + "  " + meaningOf(r.before()) : "");
        Action followAction = new Action("Follow the entry each step touches", IAction.AS_CHECK_BOX) {
            @Override
            public void run() { follow = isChecked(); }
        };
        followAction.setChecked(follow);
        followAction.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
        getViewSite().getActionBars().getToolBarManager().add(followAction);
        getViewSite().getActionBars().getToolBarManager().add(new InjectFaultAction(this));
        getSite().getPage().addPostSelectionListener(selectionListener);
    }

    private void column(String name, int width, Function<FieldRow, String> text) {
        TableViewerColumn c = new TableViewerColumn(grid, SWT.NONE);
        c.getColumn().setText(name);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) { return text.apply((FieldRow) element); }

            @Override
            public Color getBackground(Object element) { return ((FieldRow) element).changed() ? changedColor : null; }
        });
    }

    @Override
    protected Control mainControl() { return root; }

    @Override
    protected void showSession(P2mSession session) {
        shown = null;
        selectionChanged(null, getSite().getPage().getSelection());   // a view made after the selection still follows it
        followCurrentEvent(session);
        refresh();
    }

    @Override
    protected void showPosition(P2mSession session) {
        followCurrentEvent(session);
        refresh();
    }

    /** While following, the entry the current event reads or writes becomes the one shown. */
    private void followCurrentEvent(P2mSession session) {
        if (session != null && follow) {
            InspectedEntry touched = InspectedEntry.of(session.machine(), session.position() - 1);
            if (touched != null) {
                shown = touched;
            }
        }
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || !(selection instanceof IStructuredSelection s) || s.isEmpty()) {
            return;
        }
        P2mSession session = session();
        InspectableEntry entry = switch (s.getFirstElement()) {
            case Descriptor d when session != null && EcoreUtil.getRootContainer(d) == session.model() -> InspectedEntry.of(d);
            case Descriptor d -> null;
            case TraceEvent e when session != null -> InspectedEntry.of(session.machine(), e.index());
            case InspectableEntry e -> e;
            case null -> null;
            default -> Adapters.adapt(s.getFirstElement(), InspectableEntry.class);
        };
        if (entry != null) {
            inspect(entry);
        }
    }

    /** Shows an entry (a session's entry: its value at the session's position). */
    public void inspect(InspectableEntry entry) {
        shown = entry;
        refresh();
    }

    /** The session entry shown, or null (none, or an entry of a dump). */
    public InspectedEntry shown() { return shown instanceof InspectedEntry e ? e : null; }

    /** Whatever entry is shown, of any format. */
    public InspectableEntry inspected() { return shown; }

    /** The grid's rows as "name bits value meaning | before" lines, for tests. */
    public List<String> rows() {
        return Arrays.stream(grid.getTable().getItems())
                .map(i -> i.getText(0) + " " + i.getText(1) + " " + i.getText(2) + " " + i.getText(3)
                        + (i.getText(4).isEmpty() ? "" : " | before " + i.getText(4)))
                .toList();
    }

    /** The raw-value line ("0x... " or "old → new"). */
    public String rawText() { return raw.getText(); }

    private void refresh() {
        P2mSession session = session();
        if (shown == null || (session == null && shown instanceof InspectedEntry)) {
            title.setText(session == null ? "No session: open a scenario, or select an entry of a guest dump in the Page Tables view."
                    : "Select a descriptor (Page Tables) or an entry event (Trace).");
            raw.setText("");
            strip.show(0, List.of(), 0);
            grid.setInput(new FieldRow[0]);
            root.layout(true, true);
            return;
        }
        long value = shown.value();
        TouchedEntry touched = session == null ? null : TouchedEntry.current(session);
        boolean written = touched != null && touched.isWrite() && shown.isTouchedBy(touched);
        DescriptorFormat format = shown.format();
        int level = shown.level();
        List<DecodedField> now = format.decode(value, level);
        List<DecodedField> before = written ? format.decode(touched.before(), level) : null;
        title.setText(shown.title());
        raw.setText(written
                ? "written by event #" + touched.event() + ":  " + hex64(touched.before()) + "  →  " + hex64(value)
                        + "   (" + format.describe(touched.before(), level) + " → " + format.describe(value, level) + ")"
                : hex64(value) + "   (" + format.describe(value, level) + ")");
        strip.show(value, now, written ? touched.before() ^ value : 0);
        grid.setInput(FieldRow.pair(now, before).toArray());
        root.layout(true, true);
    }

    /** A field's meaning, with what the tables' owner adds to it. */
    private String meaningOf(DecodedField f) { return shown == null ? f.meaning() : shown.meaning(f); }

    private static String hex(long v) { return "0x" + Long.toHexString(v); }

    private static String hex64(long v) { return String.format("0x%016x", v); }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selectionListener);
        if (changedColor != null) {
            changedColor.dispose();
        }
        super.dispose();
    }
}
