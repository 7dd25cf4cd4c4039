package org.p2mdbg.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** A JFace label provider over EMF.Edit item providers: text and icon of each model object. */
public final class ItemLabelProvider extends LabelProvider {
    private final AdapterFactory factory;
    private final ItemImages images = new ItemImages();

    public ItemLabelProvider(AdapterFactory factory) { this.factory = factory; }

    @Override
    public String getText(Object element) {
        IItemLabelProvider p = (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
        return p == null ? String.valueOf(element) : p.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider p = (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
        return p == null ? null : images.get(p.getImage(element));
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}
