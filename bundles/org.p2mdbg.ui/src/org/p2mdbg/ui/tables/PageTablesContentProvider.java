package org.p2mdbg.ui.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.p2mdbg.model.Checkpoint;
import org.p2mdbg.model.CostSummary;
import org.p2mdbg.model.Descriptor;
import org.p2mdbg.model.Device;
import org.p2mdbg.model.Domain;
import org.p2mdbg.model.Finding;
import org.p2mdbg.model.Machine;
import org.p2mdbg.model.Operation;
import org.p2mdbg.model.Table;
import org.p2mdbg.model.live.LiveTable;
import org.p2mdbg.ui.BrowsableNode;
import org.p2mdbg.ui.emf.ItemTreeContentProvider;

/**
 * The tree of the Page Tables view: the item providers' tree, with each table's entries filtered
 * and, when there are more than a page of them, grouped into {@link DescriptorPage}s. A device is
 * shown under the domain it is assigned to (after the domain's own tables), not under the machine. With "valid
 * only" off a table shows all 512 indices as pages, and the invalid entries of a page are read
 * from the frame store only when that page is opened (LiveTable.descriptors(from, count)). The
 * tree is SWT.VIRTUAL: as an {@link ILazyTreeContentProvider} it gives a row's element and label
 * only when the row scrolls into view, and all filtering happens here (JFace filters do not apply
 * to lazy trees).
 */
final class PageTablesContentProvider implements ITreeContentProvider, ILazyTreeContentProvider {
    private final ItemTreeContentProvider items;
    private final DescriptorFilter filter;
    /** The virtual tree this provider fills row by row, as rows scroll into view. */
    private TreeViewer viewer;
    private Object input;
    /**
     * The children of the parents whose rows are being filled: each row asks for its own, and
     * making a 512-entry table's children for every row would make them 512 times. Forgotten when
     * the input changes and before each refresh ({@link #forgetChildren}): the model moves with the
     * session.
     */
    private final Map<Object, Object[]> shownChildren = new HashMap<>();

    @Override
    public void inputChanged(Viewer v, Object oldInput, Object newInput) {
        viewer = (TreeViewer) v;
        input = newInput;
        forgetChildren();
    }

    /** Called before the viewer is refreshed, so that rows are made from the model as it is now. */
    void forgetChildren() { shownChildren.clear(); }

    private Object[] childrenOf(Object parent) {
        return shownChildren.computeIfAbsent(parent, p -> p == input ? getElements(p) : getChildren(p));
    }

    // ---- the virtual tree: a row's element is asked for only when the row is shown ----

    @Override
    public void updateElement(Object parent, int index) {
        Object[] children = childrenOf(parent);
        if (index < children.length) {
            Object child = children[index];
            viewer.replace(parent, index, child);
            viewer.setHasChildren(child, hasChildren(child));
        }
    }

    @Override
    public void updateChildCount(Object element, int currentChildCount) {
        int count = childrenOf(element).length;
        if (count != currentChildCount) {
            viewer.setChildCount(element, count);
        }
    }

    PageTablesContentProvider(AdapterFactory adapters, DescriptorFilter filter) {
        this.items = new ItemTreeContentProvider(adapters);
        this.filter = filter;
    }

    @Override
    public Object[] getElements(Object root) { return filterTables(items.getElements(root)); }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof BrowsableNode n) {
            return n.children();
        }
        if (parent instanceof Table t) {
            return tableChildren(t).toArray();
        }
        if (parent instanceof DescriptorPage p) {
            return pageDescriptors(p).toArray();
        }
        if (parent instanceof Domain d) {
            List<Object> children = new ArrayList<>(List.of(filterTables(items.getChildren(d))));
            children.addAll(devicesOf(d));
            return children.toArray();
        }
        return filterTables(items.getChildren(parent));
    }

    /** The devices assigned to a domain, in the machine's order. */
    private static List<Device> devicesOf(Domain d) {
        List<Device> out = new ArrayList<>();
        if (d.eContainer() instanceof Machine m) {
            for (Device device : m.getDevices()) {
                if (device.getDomain() == d) {
                    out.add(device);
                }
            }
        }
        return out;
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof BrowsableNode n) {
            return n.parent();
        }
        if (element instanceof DescriptorPage p) {
            return p.table();
        }
        if (element instanceof Descriptor d && d.eContainer() instanceof Table t && isPaged(t)) {
            return DescriptorPage.holding(t, d.getIndex());
        }
        if (element instanceof Device d) {
            return d.getDomain();
        }
        return items.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        if (element instanceof BrowsableNode n) {
            return n.hasChildren();
        }
        if (element instanceof DescriptorPage) {
            return true;
        }
        if (element instanceof Table t) {
            return filter.shows(t) && (!filter.validOnly() || items.hasChildren(t));
        }
        if (element instanceof Domain d && !devicesOf(d).isEmpty()) {
            return true;
        }
        return items.hasChildren(element);
    }

    /** Whether a table's entries are shown in pages (so a path to one of them goes through its page). */
    boolean isPaged(Table t) { return !filter.validOnly() || shownValid(t).size() > DescriptorPage.SIZE; }

    private List<?> tableChildren(Table t) {
        if (!filter.shows(t)) {
            return List.of();
        }
        if (!filter.validOnly()) {
            List<DescriptorPage> pages = new ArrayList<>();
            for (int from = 0; from < 512; from += DescriptorPage.SIZE) {
                DescriptorPage p = new DescriptorPage(t, from, DescriptorPage.SIZE);
                if (filter.shows(p)) {
                    pages.add(p);
                }
            }
            return pages;
        }
        List<Descriptor> shown = shownValid(t);
        if (shown.size() <= DescriptorPage.SIZE) {
            return shown;
        }
        Set<DescriptorPage> pages = new LinkedHashSet<>();
        for (Descriptor d : shown) {
            pages.add(DescriptorPage.holding(t, d.getIndex()));
        }
        return new ArrayList<>(pages);
    }

    /** The descriptors the model holds for a table (its valid ones, and any asked for), as filtered. */
    private List<Descriptor> shownValid(Table t) {
        List<Descriptor> shown = new ArrayList<>();
        for (Descriptor d : t.getDescriptors()) {
            if (filter.shows(d)) {
                shown.add(d);
            }
        }
        return shown;
    }

    private List<Descriptor> pageDescriptors(DescriptorPage p) {
        List<Descriptor> all = filter.validOnly() || !(p.table() instanceof LiveTable live)
                ? p.table().getDescriptors() : live.descriptors(p.from(), p.count());
        List<Descriptor> shown = new ArrayList<>();
        for (Descriptor d : all) {
            if (p.holds(d.getIndex()) && filter.shows(d)) {
                shown.add(d);
            }
        }
        return shown;
    }

    /**
     * Tables and descriptors outside a table (a VLPT's slots) go through the filter; devices show
     * under their domain; operations, findings, checkpoints and costs have views of their own.
     */
    private Object[] filterTables(Object[] children) {
        List<Object> out = new ArrayList<>(children.length);
        for (Object c : children) {
            boolean shown = switch (c) {
                case Table t -> filter.shows(t);
                case Descriptor d -> filter.shows(d);
                case Device d -> false;
                case Operation o -> false;
                case Finding f -> false;
                case Checkpoint k -> false;
                case CostSummary k -> false;
                default -> true;
            };
            if (shown) {
                out.add(c);
            }
        }
        return out.toArray();
    }
}
