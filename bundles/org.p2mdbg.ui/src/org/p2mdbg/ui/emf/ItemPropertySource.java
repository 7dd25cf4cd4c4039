package org.p2mdbg.ui.emf;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * The Properties view's face of a model object: one read-only row per EMF.Edit property
 * descriptor, in its category, with the item provider's text for the value.
 */
public final class ItemPropertySource implements IPropertySource {
    private final Object object;
    private final IItemPropertySource source;

    public ItemPropertySource(Object object, IItemPropertySource source) {
        this.object = object;
        this.source = source;
    }

    @Override
    public Object getEditableValue() { return object; }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IItemPropertyDescriptor> items = source.getPropertyDescriptors(object);
        IPropertyDescriptor[] out = new IPropertyDescriptor[items.size()];
        for (int i = 0; i < out.length; i++) {
            IItemPropertyDescriptor item = items.get(i);
            PropertyDescriptor d = new PropertyDescriptor(item.getId(object), item.getDisplayName(object));
            d.setCategory(item.getCategory(object));
            d.setDescription(item.getDescription(object));
            IItemLabelProvider labels = item.getLabelProvider(object);
            d.setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object value) { return labels.getText(value); }
            });
            out[i] = d;
        }
        return out;
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor item = source.getPropertyDescriptor(object, id);
        return item == null ? null : item.getPropertyValue(object);
    }

    @Override
    public boolean isPropertySet(Object id) { return false; }

    @Override
    public void resetPropertyValue(Object id) {
        // the model mirrors the emulation: it is changed by stepping, not from the Properties view
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        // read-only, as above
    }
}
