package org.p2mdbg.ui;

import org.eclipse.core.runtime.IAdapterFactory;
import org.p2mdbg.model.Descriptor;
import org.p2mdbg.ui.inspector.InspectedEntry;

/**
 * Registered in plugin.xml: a descriptor of the session model adapts to what the Descriptor
 * Inspector shows of it and to the walk the Walk Diagram draws for it, so that any view or plug-in
 * can hand a descriptor on through {@code Adapters.adapt} without knowing these views.
 */
public final class DescriptorAdapterFactory implements IAdapterFactory {
    private static final Class<?>[] ADAPTERS = {InspectableEntry.class, WalkTarget.class};

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (!(adaptable instanceof Descriptor d)) {
            return null;
        }
        if (adapterType == InspectableEntry.class) {
            return adapterType.cast(InspectedEntry.of(d));
        }
        if (adapterType == WalkTarget.class) {
            return adapterType.cast(WalkTargets.of(d));
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() { return ADAPTERS.clone(); }
}
