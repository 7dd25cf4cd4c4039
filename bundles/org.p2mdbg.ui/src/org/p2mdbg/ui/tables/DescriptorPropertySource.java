package org.p2mdbg.ui.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.p2mdbg.model.Descriptor;
import org.p2mdbg.model.DescriptorField;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * A descriptor in the Properties view: its model attributes (from the item provider) plus one row
 * per decoded bit field, named as the architecture manual names it, in a "Decoded fields" category.
 */
final class DescriptorPropertySource implements IPropertySource {
    static final String CATEGORY = "Decoded fields";
    private static final String PREFIX = "field:";

    private final Descriptor descriptor;
    private final IPropertySource attributes;

    DescriptorPropertySource(Descriptor descriptor, IPropertySource attributes) {
        this.descriptor = descriptor;
        this.attributes = attributes;
    }

    @Override
    public Object getEditableValue() { return descriptor; }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> out = new ArrayList<>(Arrays.asList(attributes.getPropertyDescriptors()));
        for (DescriptorField f : descriptor.getFields()) {
            PropertyDescriptor d = new PropertyDescriptor(PREFIX + f.getName(), f.getName() + " " + f.getBits());
            d.setCategory(CATEGORY);
            d.setDescription(f.getMeaning());
            out.add(d);
        }
        return out.toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        if (id instanceof String s && s.startsWith(PREFIX)) {
            String name = s.substring(PREFIX.length());
            for (DescriptorField f : descriptor.getFields()) {
                if (f.getName().equals(name)) {
                    return "0x" + Long.toHexString(f.getValue()) + "  " + f.getMeaning();
                }
            }
            return null;
        }
        return attributes.getPropertyValue(id);
    }

    // read-only like the attributes' source: the model mirrors the emulation
    @Override
    public boolean isPropertySet(Object id) { return attributes.isPropertySet(id); }

    @Override
    public void resetPropertyValue(Object id) { attributes.resetPropertyValue(id); }

    @Override
    public void setPropertyValue(Object id, Object value) { attributes.setPropertyValue(id, value); }
}
