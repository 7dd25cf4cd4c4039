package org.p2mdbg.model.live;

import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * Writes of the live model's attributes. A refresh sets only what really changed, so a viewer
 * listening to the model is told about real changes and not about every object it shows.
 */
final class ModelUpdates {
    private ModelUpdates() {}

    static void set(EObject object, EAttribute attribute, Object value) {
        if (!Objects.equals(object.eGet(attribute), value)) {
            object.eSet(attribute, value);
        }
    }

    /**
     * Runs {@code fill} without notifications: used when a lazy list or reference is filled while
     * somebody reads it, so the reader sees objects that were always there.
     */
    static void silently(EObject object, Runnable fill) {
        boolean deliver = object.eDeliver();
        object.eSetDeliver(false);
        try {
            fill.run();
        } finally {
            object.eSetDeliver(deliver);
        }
    }
}
