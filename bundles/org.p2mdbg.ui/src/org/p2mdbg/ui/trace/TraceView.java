package org.p2mdbg.ui.trace;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Slider;
import org.eclipse.swt.widgets.Table;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.ui.EventJump;
import org.p2mdbg.ui.SessionViewPart;

/**
 * The session's trace, event by event, with the event number, its operation, kind, call path and
 * decoded operands, filtered by kind, operation and domain; the current event is highlighted and
 * kept in sight, and a double-click makes an event the current one. Above it, a timeline of the
 * operations: click one to go to its start.
 *
 * <p>GTK keeps one native list entry per table item, even in a virtual table, and adding or
 * clearing millions of them takes seconds. So the table holds only the rows that fit on screen,
 * and a scroll bar of its own beside it (and the wheel, the arrow and page keys) rebinds those
 * rows to any stretch of the list: a list of millions of events scrolls as one.
 */
public final class TraceView extends SessionViewPart {
    public static final String ID = "org.p2mdbg.ui.trace";

    private Composite root;
    private OperationTimeline timeline;
    private Combo kinds;
    private Combo operations;
    private Combo domains;
    private Label count;
    private TableViewer viewer;
    private Slider scroll;
    private Color currentColor;
    private TraceFilter filter = TraceFilter.NONE;
    private EventRows rows = EventRows.NONE;
    /** The listed row shown first, and how many rows the table shows from it (as many as fit). */
    private int windowStart;
    private int pageRows = 1;
    private int[] domainIds = new int[0];

    @Override
    protected void createControls(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(root);
        timeline = new OperationTimeline(root, this::goToOperation);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(timeline);
        createFilterBar(root);
        Composite body = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(0, 0).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        viewer = new TableViewer(body, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.SINGLE | SWT.H_SCROLL);
        currentColor = new Color(root.getDisplay(), 255, 236, 139);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        scroll = new Slider(body, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(false, true).applyTo(scroll);
        scroll.addListener(SWT.Selection, e -> showWindow(scroll.getSelection()));
        table.addListener(SWT.Resize, e -> fitPage());
        table.addListener(SWT.MouseVerticalWheel, e -> {
            e.doit = false;
            showWindow(windowStart - e.count);
        });
        table.addListener(SWT.KeyDown, this::scrollByKey);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new LazyRows());
        ColumnViewerToolTipSupport.enableFor(viewer);   // call paths and operands are often wider than their column
        column("#", 70, e -> Long.toString(e));
        column("Op", 40, e -> Integer.toString(trace().operationOf(e)));
        column("Kind", 110, e -> trace().kind(e).name());
        column("Call path (below the operation)", 330, e -> callPathInOperation(trace(), e));
        column("Operands", 520, e -> EventOperands.describe(trace(), e));
        viewer.addDoubleClickListener(ev -> {
            if (ev.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof TraceEvent e) {
                EventJump.to(session(), e.index());
            }
        });
        getSite().setSelectionProvider(viewer);
    }

    private void createFilterBar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(7).margins(4, 0).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        new Label(bar, SWT.NONE).setText("Kind:");
        kinds = new Combo(bar, SWT.READ_ONLY);
        kinds.add("all");
        for (EventKind k : EventKind.values()) {
            kinds.add(k.name());
        }
        kinds.select(0);
        kinds.addListener(SWT.Selection, e -> setFilter(filter.withKind(
                kinds.getSelectionIndex() == 0 ? null : EventKind.values()[kinds.getSelectionIndex() - 1])));
        new Label(bar, SWT.NONE).setText("Operation:");
        operations = new Combo(bar, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().hint(260, SWT.DEFAULT).applyTo(operations);
        operations.addListener(SWT.Selection, e -> setFilter(filter.withOperation(operations.getSelectionIndex() - 1)));
        new Label(bar, SWT.NONE).setText("Domain:");
        domains = new Combo(bar, SWT.READ_ONLY);
        domains.addListener(SWT.Selection, e -> setFilter(filter.withDomain(
                domains.getSelectionIndex() == 0 ? TraceFilter.ANY : domainIds[domains.getSelectionIndex() - 1])));
        count = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(count);
    }

    private void column(String name, int width, Function<Long, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(name);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) { return text.apply(((TraceEvent) element).index()); }

            @Override
            public String getToolTipText(Object element) { return getText(element); }

            @Override
            public Color getBackground(Object element) {
                P2mSession s = session();
                return s != null && ((TraceEvent) element).index() == EventJump.current(s) ? currentColor : null;
            }
        });
    }

    private static Trace trace() { return session().trace(); }

    /** The call path without its outermost frame, the operation (the Op column and the timeline name it). */
    static String callPathInOperation(Trace trace, long e) {
        List<String> frames = trace.callPaths().frames(trace.path(e));
        return String.join(" > ", frames.subList(Math.min(1, frames.size()), frames.size()));
    }

    @Override
    protected Control mainControl() { return root; }

    @Override
    protected void showSession(P2mSession session) {
        operations.removeAll();
        domains.removeAll();
        operations.add("all");
        domains.add("all");
        filter = TraceFilter.NONE;
        if (session != null) {
            Trace t = session.trace();
            for (int op = 0; op < t.operationCount(); op++) {
                operations.add(op + ": " + t.operationName(op));
            }
            domainIds = session.machine().domains().stream().mapToInt(Domain::id).toArray();
            session.machine().domains().forEach(d -> domains.add(d.name()));
        }
        kinds.select(0);
        operations.select(0);
        domains.select(0);
        setFilter(TraceFilter.NONE);
    }

    @Override
    protected void showPosition(P2mSession session) {
        timeline.show(session.trace(), session.position());
        viewer.refresh();
        revealCurrent();
        describe();
    }

    /** Lists the events a filter selects, scrolled to the current event. */
    private void setFilter(TraceFilter newFilter) {
        filter = newFilter;
        P2mSession session = session();
        rows = session == null ? EventRows.NONE : newFilter.rows(session);
        windowStart = -1;
        timeline.show(session == null ? null : session.trace(), session == null ? 0 : session.position());
        int current = session == null ? -1 : rows.rowOf(EventJump.current(session));
        showWindow(current >= 0 ? current - pageRows / 2 : 0);
        describe();
    }

    /** The table was resized: it shows as many rows as now fit, from the same first row. */
    private void fitPage() {
        Table table = viewer.getTable();
        int height = table.getClientArea().height - table.getHeaderHeight();
        int fit = Math.max(1, height / Math.max(1, table.getItemHeight()));
        if (fit != pageRows) {
            pageRows = fit;
            int start = windowStart;
            windowStart = -1;
            showWindow(Math.max(0, start));
        }
    }

    /** Shows the listed rows from {@code start} (clamped) in the table's rows, unless they are there already. */
    private void showWindow(int start) {
        int first = Math.max(0, Math.min(start, rows.size() - pageRows));
        if (first == windowStart) {
            return;
        }
        windowStart = first;
        Table table = viewer.getTable();
        table.setRedraw(false);
        try {
            if (viewer.getInput() != rows) {
                viewer.setInput(rows);
            }
            viewer.setItemCount(windowSize());
            table.clearAll();   // the items are asked for again (LazyRows), now as the rows from windowStart
        } finally {
            table.setRedraw(true);
        }
        scroll.setValues(windowStart, 0, Math.max(1, rows.size()), Math.max(1, Math.min(pageRows, rows.size())), 1, pageRows);
        scroll.setEnabled(rows.size() > pageRows);
        describe();
    }

    private int windowSize() { return Math.max(0, Math.min(pageRows, rows.size() - windowStart)); }

    /** Arrow keys past the first or last row, page keys, and Ctrl+Home/End scroll the list. */
    private void scrollByKey(Event e) {
        int selected = viewer.getTable().getSelectionIndex();
        int target = switch (e.keyCode) {
            case SWT.ARROW_UP -> selected == 0 ? windowStart - 1 : -2;
            case SWT.ARROW_DOWN -> selected == windowSize() - 1 ? windowStart + 1 : -2;
            case SWT.PAGE_UP -> windowStart - pageRows;
            case SWT.PAGE_DOWN -> windowStart + pageRows;
            case SWT.HOME -> (e.stateMask & SWT.MOD1) != 0 ? 0 : -2;
            case SWT.END -> (e.stateMask & SWT.MOD1) != 0 ? rows.size() : -2;
            default -> -2;
        };
        if (target != -2) {
            e.doit = false;
            showWindow(target);
        }
    }

    /** Shows the n-th listed event, scrolling when it is outside the shown rows; returns its table row. */
    private int reveal(int n) {
        if (n < windowStart || n >= windowStart + windowSize()) {
            showWindow(n - pageRows / 2);
        }
        return n - windowStart;
    }

    private void revealCurrent() {
        P2mSession session = session();
        int n = session == null ? -1 : rows.rowOf(EventJump.current(session));
        if (n >= 0) {
            reveal(n);
        }
    }

    private void describe() {
        P2mSession session = session();
        String shown = rows.size() > pageRows ? "rows " + (windowStart + 1) + "–" + (windowStart + windowSize()) + " of " : "";
        count.setText(session == null ? "no session"
                : shown + rows.size() + " of " + session.trace().size() + " events listed; at event " + EventJump.current(session));
        count.getParent().layout();
    }

    // ---- for tests and other views ----

    public TableViewer viewer() { return viewer; }

    /** How many events the current filter lists (rows of all windows). */
    public int rowCount() { return rows.size(); }

    /** The n-th listed event. */
    public long eventAt(int n) { return rows.event(n); }

    /** Where an event is in the list, or -1. */
    public int rowOf(long event) { return rows.rowOf(event); }

    /** The table row the n-th listed event is in, or -1 when it is scrolled out of sight. */
    public int tableRowOf(int n) { return n >= windowStart && n < windowStart + windowSize() ? n - windowStart : -1; }

    /** How many rows the table shows at once (as many as fit). */
    public int pageRows() { return pageRows; }

    /** The listed row shown first. */
    public int firstShownRow() { return windowStart; }

    /** Scrolls the list so that the n-th listed row is shown first (as far as the list goes), as the scroll bar does. */
    public void scrollTo(int n) { showWindow(n); }

    /** Lists only events of a kind (null: all), as the Kind combo does. */
    public void showKind(EventKind kind) {
        kinds.select(kind == null ? 0 : kind.ordinal() + 1);
        setFilter(filter.withKind(kind));
    }

    /** Lists only the events of one operation (-1: all), as the Operation combo does. */
    public void showOperation(int op) {
        operations.select(op + 1);
        setFilter(filter.withOperation(op));
    }

    /** Lists only the events of the operations acting on a domain (-1: all), as the Domain combo does. */
    public void showDomain(int domainId) {
        int i = 0;
        while (i < domainIds.length && domainIds[i] != domainId) {
            i++;
        }
        domains.select(i < domainIds.length ? i + 1 : 0);
        setFilter(filter.withDomain(i < domainIds.length ? domainId : TraceFilter.ANY));
    }

    /** The cell texts of the n-th listed event (scrolled into sight, its row made). */
    public String[] rowText(int n) {
        var item = viewer.getTable().getItem(reveal(n));
        String[] out = new String[viewer.getTable().getColumnCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = item.getText(i);
        }
        return out;
    }

    /** Makes the n-th listed event the current one (what a double-click on its row does). */
    public void goToRow(int n) { EventJump.to(session(), rows.event(n)); }

    /** Makes an operation's first event the current one (what a click on the timeline does). */
    public void goToOperation(int op) { EventJump.to(session(), session().trace().operationStart(op)); }

    /** The operation the timeline draws at x, or -1. */
    public int timelineOperationAt(int x) { return timeline.operationAt(x); }

    /** Where the timeline draws an event. */
    public int timelineXOf(long event) { return timeline.xOf(event); }

    @Override
    public void dispose() {
        if (currentColor != null) {
            currentColor.dispose();
        }
        super.dispose();
    }

    /** Rows are asked for as the table scrolls: each becomes the event at that row of the query. */
    private final class LazyRows implements ILazyContentProvider {
        @Override
        public void updateElement(int index) {
            if (windowStart + index < rows.size()) {
                viewer.replace(new TraceEvent(rows.event(windowStart + index)), index);
            }
        }

        @Override
        public void inputChanged(Viewer v, Object oldInput, Object newInput) {
            // the rows live in the view (field rows); nothing to take from the input
        }
    }
}
