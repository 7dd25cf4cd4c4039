package org.p2mdbg.ui;

import org.p2mdbg.core.format.lpae.Stage;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.model.Descriptor;
import org.p2mdbg.model.Domain;
import org.p2mdbg.model.TranslationTables;
import org.p2mdbg.model.live.FormattedDescriptor;

/**
 * What walk a selected object stands for: a descriptor stands for the walk of the first address
 * it translates, through the tables it belongs to; a view may also put a walk target itself in its
 * selection (the address map does, for the frame clicked).
 */
public final class WalkTargets {
    private WalkTargets() {}

    public static WalkTarget of(Object element) {
        if (element instanceof WalkTarget t) {
            return t;
        }
        // the walker reads LPAE tables: IOMMU and PV descriptors have no walk to draw here
        if (!(element instanceof Descriptor d) || d instanceof FormattedDescriptor f && f.format().countsDown()) {
            return null;
        }
        TranslationTables tables = ModelSearch.enclosing(d, TranslationTables.class);
        return tables == null ? null : of(tables, d.getInputStart() >>> Mfn.PAGE_SHIFT);
    }

    /** The walk of one input frame (GFN or virtual frame) through a tree of tables. */
    public static WalkTarget of(TranslationTables tables, long frame) {
        Stage stage = tables.getStage();
        Domain domain = ModelSearch.enclosing(tables, Domain.class);
        String who = domain != null ? domain.getName() : "Xen";
        String space = stage == Stage.STAGE2 ? "IPA" : "VA";
        String title = who + " " + space + " " + Hex.of(frame << Mfn.PAGE_SHIFT) + " (" + (stage == Stage.STAGE2 ? "stage 2" : "stage 1") + ")";
        return new WalkTarget(title, tables, frame);
    }
}
