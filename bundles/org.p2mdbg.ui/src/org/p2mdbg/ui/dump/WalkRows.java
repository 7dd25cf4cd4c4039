package org.p2mdbg.ui.dump;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.p2mdbg.core.dump.Translation;
import org.p2mdbg.core.dump.TranslationStep;

/**
 * The walk tree: one row per level (a {@link TranslationStep}), its decoded fields below it, and a
 * last row with the outcome (the {@link Translation} itself: the physical address or the fault).
 */
final class WalkRows implements ITreeContentProvider {
    @Override
    public Object[] getElements(Object input) {
        if (!(input instanceof Translation t)) {
            return new Object[0];
        }
        Object[] rows = new Object[t.steps().size() + 1];
        for (int i = 0; i < t.steps().size(); i++) {
            rows[i] = t.steps().get(i);
        }
        rows[rows.length - 1] = t;
        return rows;
    }

    @Override
    public Object[] getChildren(Object parent) {
        return parent instanceof TranslationStep s ? s.fields().toArray() : new Object[0];
    }

    @Override
    public Object getParent(Object element) { return null; }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof TranslationStep s && !s.fields().isEmpty();
    }

}
