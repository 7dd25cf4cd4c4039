package org.p2mdbg.ui.tables;

import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.model.Descriptor;
import org.p2mdbg.model.DescriptorKind;
import org.p2mdbg.model.edit.LiveItemProviderAdapterFactory;
import org.p2mdbg.ui.SessionViewPart;
import org.p2mdbg.ui.TouchedEntry;
import org.p2mdbg.ui.dump.GuestDumps;
import org.p2mdbg.ui.emf.ItemPropertySource;

/**
 * The machine of the current session as a tree: domains, their p2m, VLPT window, PV process address
 * space and devices' IOMMU contexts, their tables level by level and the descriptors (each in its own
 * format), created from the core only as nodes are expanded, big tables a page of 64
 * entries at a time. Filters keep valid entries only, chosen kinds of mapping, or an input range;
 * "Go to" opens exactly the path to one GFN, IPA or VA. The entry the current event reads or writes
 * is highlighted. Selecting a descriptor shows it in the Inspector, the Properties view and the
 * Walk Diagram.
 */
public final class PageTablesView extends SessionViewPart {
    public static final String ID = "org.p2mdbg.ui.pageTables";

    private final ComposedAdapterFactory adapters = new ComposedAdapterFactory(new AdapterFactory[] {
        new LiveItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory()});
    private final DescriptorFilter filter = new DescriptorFilter();
    private TreeViewer viewer;
    /** An opened guest dump becomes a root beside the session's machine. */
    private final Runnable dumpsChanged = () -> viewer.getControl().getDisplay().asyncExec(() -> {
        if (!viewer.getControl().isDisposed()) {
            showSession(session());
        }
    });
    private PageTablesContentProvider content;
    private PageTablesLabelProvider labels;

    @Override
    protected void createControls(Composite parent) {
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL | SWT.FULL_SELECTION | SWT.VIRTUAL);
        viewer.setUseHashlookup(true);
        content = new PageTablesContentProvider(adapters, filter);
        labels = new PageTablesLabelProvider(adapters);
        viewer.setContentProvider(content);
        viewer.setLabelProvider(labels);
        getSite().setSelectionProvider(viewer);
        contributeActions();
        GuestDumps.get().addListener(dumpsChanged);
    }

    @Override
    protected Control mainControl() { return viewer == null ? null : viewer.getControl(); }

    @Override
    protected void showSession(P2mSession session) {
        labels.setTouched(TouchedEntry.current(session));
        viewer.setInput(session == null ? GuestDumps.get().after() : GuestDumps.get().after(session.model()));
        if (session != null) {
            viewer.expandToLevel(3);   // machine > domains > their p2m, devices, VLPT, PV mm: nothing below is made
        }
        describe(session);
    }

    @Override
    protected void showPosition(P2mSession session) {
        labels.setTouched(TouchedEntry.current(session));
        refreshTree();
        describe(session);
    }

    /** Refreshes the tree from the model as it is now (the content provider's rows were made from the model before). */
    private void refreshTree() {
        content.forgetChildren();
        viewer.refresh();
    }

    private void describe(P2mSession session) {
        if (session == null) {
            setContentDescription(GuestDumps.get().roots().isEmpty()
                    ? "No session: open a scenario (File > Open Scenario… or Run > P2M Scenario) to see its tables."
                    : "Guest dumps; no session (open a scenario to see a machine's tables too).");
            return;
        }
        String filters = filter.describe();
        setContentDescription(session.name() + " at event " + (session.position() - 1) + " of " + session.trace().size()
                + (filters.isEmpty() ? "" : " — " + filters));
    }

    // ---- filters and go to ----

    public DescriptorFilter filter() { return filter; }

    /** Shows the tree again after the filter changed, keeping what was expanded. */
    public void applyFilter() {
        refreshTree();
        describe(session());
    }

    /**
     * Opens the tree along the walk of one input frame and selects the entry that maps it (or
     * the invalid entry where the walk stops), which stays shown whatever the filter.
     *
     * @throws IllegalArgumentException when the space has no tables now or does not reach the frame
     */
    public Descriptor goTo(AddressSpace space, long frame) {
        AddressRoute route = AddressRoute.find(space, frame);
        filter.pin(route.descriptors());
        refreshTree();
        viewer.setSelection(new TreeSelection(route.treePath(content)), true);
        return route.target();
    }

    private void askGoTo() {
        P2mSession session = session();
        List<AddressSpace> spaces = session == null ? List.of() : AddressSpace.withDevicesAndProcesses(session.model());
        if (spaces.isEmpty()) {
            MessageDialog.openInformation(getSite().getShell(), "Go to", "The current session has no page tables to go into.");
            return;
        }
        GoToAddressDialog dialog = new GoToAddressDialog(getSite().getShell(), spaces);
        if (dialog.open() != Window.OK) {
            return;
        }
        try {
            goTo(dialog.space(), dialog.frame());
        } catch (IllegalArgumentException e) {
            MessageDialog.openError(getSite().getShell(), "Go to", e.getMessage());
        }
    }

    private void askRange() {
        InputDialog dialog = new InputDialog(getSite().getShell(), "Input range",
                "Show only what translates input addresses (IPA or VA) in START..END or START+SIZE; empty shows all.",
                filter.range().isAll() ? "" : filter.range().toString(), text -> {
                    try {
                        InputRange.parse(text);
                        return null;
                    } catch (IllegalArgumentException e) {
                        return e.getMessage();
                    }
                });
        if (dialog.open() == Window.OK) {
            filter.setRange(InputRange.parse(dialog.getValue()));
            applyFilter();
        }
    }

    private void contributeActions() {
        IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
        IMenuManager menu = getViewSite().getActionBars().getMenuManager();
        Action goTo = action("Go to Address (GFN, IPA, VA, DFN, IOVA)…", IAction.AS_PUSH_BUTTON, this::askGoTo);
        goTo.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_FORWARD));
        Action validOnly = new Action("Valid entries only", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                filter.setValidOnly(isChecked());
                applyFilter();
            }
        };
        validOnly.setChecked(filter.validOnly());
        validOnly.setToolTipText("Show only valid entries (off: all 512 entries of each table, a page at a time)");
        validOnly.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ETOOL_CLEAR));
        Action range = action("Input range…", IAction.AS_PUSH_BUTTON, this::askRange);
        range.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJ_ELEMENT));
        bar.add(goTo);
        bar.add(validOnly);
        bar.add(range);
        menu.add(goTo);
        menu.add(validOnly);
        menu.add(range);
        MenuManager kinds = new MenuManager("Show mappings of kind");
        for (DescriptorKind k : List.of(DescriptorKind.BLOCK, DescriptorKind.PAGE, DescriptorKind.RESERVED)) {
            Action a = new Action(k.getLiteral() + "s", IAction.AS_CHECK_BOX) {
                @Override
                public void run() {
                    filter.setKindShown(k, isChecked());
                    applyFilter();
                }
            };
            a.setChecked(filter.isKindShown(k));
            kinds.add(a);
        }
        menu.add(new Separator());
        menu.add(kinds);
    }

    private static Action action(String text, int style, Runnable run) {
        Action a = new Action(text, style) {
            @Override
            public void run() { run.run(); }
        };
        a.setToolTipText(text);
        return a;
    }

    // ---- for other views and tests ----

    public TreeViewer viewer() { return viewer; }

    /** Expands the tree down to a model object (creating only the objects on its path) and selects it. */
    public void reveal(Object element) { viewer.setSelection(new StructuredSelection(element), true); }

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
    public void dispose() {
        GuestDumps.get().removeListener(dumpsChanged);
        super.dispose();
        adapters.dispose();
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
