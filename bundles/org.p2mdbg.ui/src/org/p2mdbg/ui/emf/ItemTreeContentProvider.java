package org.p2mdbg.ui.emf;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * A JFace tree content provider over EMF.Edit item providers (emf.edit.ui is not on Maven Central,
 * so this is our small bridge). Children come from the item providers, which create the lazy model
 * objects only when a node is expanded.
 */
public final class ItemTreeContentProvider implements ITreeContentProvider {
    private final AdapterFactory factory;

    public ItemTreeContentProvider(AdapterFactory factory) { this.factory = factory; }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof Object[] roots) {
            return roots;
        }
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        ITreeItemContentProvider p = provider(parent);
        if (p == null) {
            return new Object[0];
        }
        Collection<?> children = p.getChildren(parent);
        return children.toArray();
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider p = provider(element);
        return p == null ? null : p.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        ITreeItemContentProvider p = provider(element);
        return p != null && p.hasChildren(element);
    }

    private ITreeItemContentProvider provider(Object o) {
        return (ITreeItemContentProvider) factory.adapt(o, ITreeItemContentProvider.class);
    }
}
