package org.p2mdbg.model.edit;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;

/**
 * The root of the generated item providers (the genmodel's providerRootExtendsClass): their
 * property descriptors show values as the model's data types spell them.
 */
public class ModelItemProviderAdapter extends ItemProviderAdapter {
    public ModelItemProviderAdapter(AdapterFactory adapterFactory) { super(adapterFactory); }

    @Override protected ItemPropertyDescriptor createItemPropertyDescriptor(AdapterFactory adapterFactory,
            ResourceLocator resourceLocator, String displayName, String description, EStructuralFeature feature,
            boolean isSettable, boolean multiLine, boolean sortChoices, Object staticImage, String category,
            String[] filterFlags, Object propertyEditorFactory) {
        return new DataTypeItemPropertyDescriptor(adapterFactory, resourceLocator, displayName, description, feature,
                isSettable, multiLine, sortChoices, staticImage, category, filterFlags, propertyEditorFactory);
    }
}
