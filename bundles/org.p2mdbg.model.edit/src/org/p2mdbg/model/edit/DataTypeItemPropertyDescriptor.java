package org.p2mdbg.model.edit;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;

/**
 * A property descriptor whose value text is the attribute's data type conversion: a descriptor's
 * raw value reads 0x800000500007ff, not 36028798361143295. (EMF's own value wrapper prints a
 * value with toString, which for a long is decimal.)
 */
public class DataTypeItemPropertyDescriptor extends ItemPropertyDescriptor {
    public DataTypeItemPropertyDescriptor(AdapterFactory adapterFactory, ResourceLocator resourceLocator, String displayName,
            String description, EStructuralFeature feature, boolean isSettable, boolean multiLine, boolean sortChoices,
            Object staticImage, String category, String[] filterFlags, Object propertyEditorFactory) {
        super(adapterFactory, resourceLocator, displayName, description, feature, isSettable, multiLine, sortChoices,
                staticImage, category, filterFlags, propertyEditorFactory);
    }

    @Override protected Object createPropertyValueWrapper(Object object, Object propertyValue) {
        if (!(feature instanceof EAttribute attribute) || !attribute.getEAttributeType().isSerializable() || feature.isMany()) {
            return super.createPropertyValueWrapper(object, propertyValue);
        }
        EDataType type = attribute.getEAttributeType();
        return new PropertyValueWrapper(adapterFactory, object, propertyValue, null) {
            @Override public String getText(Object thisObject) { return EcoreUtil.convertToString(type, propertyValue); }
        };
    }
}
