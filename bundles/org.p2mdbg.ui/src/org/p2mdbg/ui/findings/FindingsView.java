package org.p2mdbg.ui.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.p2mdbg.core.check.Finding;
import org.p2mdbg.core.scenario.OperationError;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.ui.EventJump;
import org.p2mdbg.ui.SessionViewPart;
import org.p2mdbg.ui.trace.EventOperands;
import org.p2mdbg.ui.trace.TraceEvent;

/**
 * Every rule the run broke, with the events that prove it (open a finding to see them), and every
 * error the emulated hypervisor returned, with the check that fired, in trace order. Double-click
 * a finding, a proving event or an error to make its event the current one; the ones at the
 * current event are highlighted.
 */
public final class FindingsView extends SessionViewPart {
    public static final String ID = "org.p2mdbg.ui.findings";

    private TreeViewer viewer;
    private Color currentColor;

    @Override
    protected void createControls(Composite parent) {
        viewer = new TreeViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        currentColor = new Color(parent.getDisplay(), 255, 236, 139);
        Tree tree = viewer.getTree();
        tree.setHeaderVisible(true);
        tree.setLinesVisible(true);
        viewer.setContentProvider(new Content());
        ColumnViewerToolTipSupport.enableFor(viewer);   // the messages are longer than any column
        column("Rule / error", 230, FindingsView::ruleText);
        column("Event", 70, o -> Long.toString(eventOf(o)));
        column("Domain", 70, o -> o instanceof Finding f && f.domain() != null ? f.domain() : "");
        column("MFN", 90, o -> o instanceof Finding f && f.mfn() != null ? f.mfn().toString() : "");
        column("GFN / VA", 90, o -> o instanceof Finding f ? f.gfn() != null ? f.gfn().toString() : f.va() != null ? f.va().toString() : "" : "");
        column("What happened", 620, FindingsView::messageText);
        viewer.addDoubleClickListener(e -> {
            if (e.getSelection() instanceof IStructuredSelection s && !s.isEmpty()) {
                goTo(s.getFirstElement());
            }
        });
        getSite().setSelectionProvider(viewer);
    }

    private void column(String name, int width, Function<Object, String> text) {
        TreeViewerColumn c = new TreeViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(name);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) { return text.apply(element); }

            @Override
            public String getToolTipText(Object element) { return getText(element); }

            @Override
            public Color getBackground(Object element) {
                return eventOf(element) == EventJump.current(session()) ? currentColor : null;
            }
        });
    }

    private static String ruleText(Object o) {
        return switch (o) {
            case Finding f -> f.rule().name();
            case OperationError e -> "error " + e.code() + " (" + e.function() + ")";
            case TraceEvent e -> "proof: " + session().trace().kind(e.index()).name();
            default -> "";
        };
    }

    private static String messageText(Object o) {
        return switch (o) {
            case Finding f -> f.message();
            case OperationError e -> (e.check() == null ? "" : e.check() + ": ") + e.message();
            case TraceEvent e -> EventOperands.describe(session().trace(), e.index()) + "   ["
                    + session().trace().callPaths().format(session().trace().path(e.index())) + "]";
            default -> "";
        };
    }

    private static long eventOf(Object o) {
        return switch (o) {
            case Finding f -> f.event();
            case OperationError e -> e.event();
            case TraceEvent e -> e.index();
            default -> -2;
        };
    }

    @Override
    protected Control mainControl() { return viewer == null ? null : viewer.getControl(); }

    @Override
    protected void showSession(P2mSession session) {
        List<Object> items = new ArrayList<>();
        if (session != null) {
            items.addAll(session.result().findings());
            items.addAll(session.result().errors());
            items.sort(Comparator.comparingLong(FindingsView::eventOf));
        }
        viewer.setInput(items);
        describe(session);
    }

    @Override
    protected void showPosition(P2mSession session) { viewer.refresh(true); }

    private void describe(P2mSession session) {
        if (session == null) {
            setContentDescription("No session.");
            return;
        }
        Map<String, Integer> byRule = new TreeMap<>();
        session.result().findings().forEach(f -> byRule.merge(f.rule().name(), 1, Integer::sum));
        StringBuilder text = new StringBuilder(session.result().findings().size() + " findings");
        byRule.forEach((rule, n) -> text.append(text.indexOf(":") < 0 ? ": " : ", ").append(n).append(' ').append(rule));
        text.append("; ").append(session.result().errors().size()).append(" errors returned");
        setContentDescription(text.toString());
    }

    /** Makes the event of a finding, a proving event or an error the current one (what a double-click does). */
    public void goTo(Object item) { EventJump.to(session(), eventOf(item)); }

    public TreeViewer viewer() { return viewer; }

    @Override
    public void dispose() {
        if (currentColor != null) {
            currentColor.dispose();
        }
        super.dispose();
    }

    /** Findings and errors at the top; a finding's proving events below it. */
    private static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) { return ((List<?>) input).toArray(); }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof Finding f ? f.proof().stream().map(TraceEvent::new).toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) { return null; }

        @Override
        public boolean hasChildren(Object element) { return element instanceof Finding f && !f.proof().isEmpty(); }
    }
}
