package org.p2mdbg.ui;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionListener;
import org.p2mdbg.debug.session.SessionManager;
import org.p2mdbg.model.Descriptor;
import org.p2mdbg.model.edit.LiveItemProviderAdapterFactory;
import org.p2mdbg.ui.emf.ItemLabelProvider;
import org.p2mdbg.ui.emf.ItemPropertySource;
import org.p2mdbg.ui.emf.ItemTreeContentProvider;

/**
 * The machine of the current session as a tree: domains, their p2m, its tables level by level and
 * their descriptors, created from the core only as nodes are expanded. Selecting a descriptor
 * shows its decoded fields in the Properties view and its walk in the Walk Diagram.
 */
public final class PageTablesView extends ViewPart {
    public static final String ID = "org.p2mdbg.ui.pageTables";

    private final ComposedAdapterFactory adapters = new ComposedAdapterFactory(new AdapterFactory[] {
        new LiveItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory()});
    private TreeViewer viewer;
    private final SessionListener listener = new SessionListener() {
        @Override
        public void sessionChanged(P2mSession session) { inUi(() -> show(session)); }

        @Override
        public void positionChanged(P2mSession session) { inUi(() -> viewer.refresh()); }
    };

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL | SWT.FULL_SELECTION);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ItemTreeContentProvider(adapters));
        viewer.setLabelProvider(new ItemLabelProvider(adapters));
        viewer.addFilter(new TablesOnlyFilter());
        getSite().setSelectionProvider(viewer);
        SessionManager.get().addListener(listener);
        show(SessionManager.get().current());
    }

    private void show(P2mSession session) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        setContentDescription(session == null ? "No session: open a scenario (Run > P2M Scenario) to see its tables."
                : session.name() + " — " + session.trace().size() + " events");
        viewer.setInput(session == null ? new Object[0] : new Object[] {session.model()});
        if (session != null) {
            viewer.expandToLevel(3);   // machine > domains > their p2m: the root tables show, nothing below is made
        }
    }

    private void inUi(Runnable r) {
        Display d = viewer.getControl().getDisplay();
        if (Display.getCurrent() == d) {
            r.run();
        } else {
            d.asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    r.run();
                }
            });
        }
    }

    public TreeViewer viewer() { return viewer; }

    /** Expands the tree down to a model object (creating only the objects on its path) and selects it. */
    public void reveal(Object element) {
        viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(element), true);
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IPropertySheetPage.class) {
            PropertySheetPage page = new PropertySheetPage();
            page.setPropertySourceProvider(this::propertySource);
            return type.cast(page);
        }
        return super.getAdapter(type);
    }

    IPropertySource propertySource(Object o) {
        IItemPropertySource item = (IItemPropertySource) adapters.adapt(o, IItemPropertySource.class);
        if (item == null) {
            return null;
        }
        IPropertySource attributes = new ItemPropertySource(o, item);
        return o instanceof Descriptor d ? new DescriptorPropertySource(d, attributes) : attributes;
    }

    @Override
    public void setFocus() { viewer.getControl().setFocus(); }

    @Override
    public void dispose() {
        SessionManager.get().removeListener(listener);
        adapters.dispose();
        super.dispose();
    }

    /**
     * A one-line description of what the view shows in the active window ("machine arm64: domains
     * guest"), or null when it shows no session yet; used by the product's self-test.
     */
    public static String describeShownContent(IWorkbench workbench) {
        IWorkbenchWindow w = workbench.getActiveWorkbenchWindow();
        IWorkbenchPage page = w == null ? null : w.getActivePage();
        IViewPart part = page == null ? null : page.findView(ID);
        if (!(part instanceof PageTablesView view) || view.viewer == null) {
            return null;
        }
        Tree tree = view.viewer.getTree();
        if (tree.getItemCount() == 0) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (TreeItem machine : tree.getItems()) {
            text.append(machine.getText());
            for (TreeItem child : machine.getItems()) {
                text.append(" | ").append(child.getText());
            }
        }
        return text.toString();
    }
}
