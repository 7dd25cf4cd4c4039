package org.p2mdbg.ui.tables;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.p2mdbg.model.Descriptor;
import org.p2mdbg.model.Table;
import org.p2mdbg.model.live.LiveTable;
import org.p2mdbg.ui.BrowsableNode;
import org.p2mdbg.ui.emf.ItemTreeContentProvider;

/**
 * The tree of the Page Tables view: the item providers' tree, with each table's entries filtered
 * and, when there are more than a page of them, grouped into {@link DescriptorPage}s. With "valid
 * only" off a table shows all 512 indices as pages, and the invalid entries of a page are read
 * from the frame store only when that page is opened (LiveTable.descriptors(from, count)).
 */
final class PageTablesContentProvider implements ITreeContentProvider {
    private final ItemTreeContentProvider items;
    private final DescriptorFilter filter;

    PageTablesContentProvider(AdapterFactory adapters, DescriptorFilter filter) {
        this.items = new ItemTreeContentProvider(adapters);
        this.filter = filter;
    }

    @Override
    public Object[] getElements(Object input) { return items.getElements(input); }

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
        return filterTables(items.getChildren(parent));
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

    private Object[] filterTables(Object[] children) {
        List<Object> out = new ArrayList<>(children.length);
        for (Object c : children) {
            if (!(c instanceof Table t) || filter.shows(t)) {
                out.add(c);
            }
        }
        return out.toArray();
    }
}
