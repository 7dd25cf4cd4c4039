package org.p2mdbg.ui;

import org.eclipse.core.runtime.Adapters;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.model.Descriptor;
import org.p2mdbg.model.TranslationTables;
import org.p2mdbg.model.live.FormattedDescriptor;

/**
 * What walk a selected object stands for: a descriptor stands for the walk of the first address
 * it translates, through the tables it belongs to; a view may also put a walk target itself in its
 * selection (the address map does, for the frame clicked), or an element that adapts to one.
 */
public final class WalkTargets {
    private WalkTargets() {}

    public static WalkTarget of(Object element) {
        if (element instanceof WalkTarget t) {
            return t;
        }
        if (element instanceof Descriptor d) {
            // the tables walk reads LPAE: an IOMMU or PV descriptor has no such walk
            if (d instanceof FormattedDescriptor f && f.format().countsDown()) {
                return null;
            }
            TranslationTables tables = ModelSearch.enclosing(d, TranslationTables.class);
            return tables == null ? null : of(tables, d.getInputStart() >>> Mfn.PAGE_SHIFT);
        }
        return element == null ? null : Adapters.adapt(element, WalkTarget.class);
    }

    /** The walk of one input frame (GFN or virtual frame) through a tree of tables, with the walks nested in it. */
    public static TablesWalkTarget of(TranslationTables tables, long frame) { return new TablesWalkTarget(tables, frame); }
}
