package org.p2mdbg.ui;

import org.eclipse.core.runtime.Adapters;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.model.Descriptor;
import org.p2mdbg.model.Domain;
import org.p2mdbg.model.PvAddressSpace;
import org.p2mdbg.model.Table;
import org.p2mdbg.model.TranslationTables;
import org.p2mdbg.model.VlptSlot;

/**
 * What walk a selected object stands for: a descriptor stands for the walk of the first address
 * it translates, through the tables it belongs to (a p2m, Xen's tables, a device's IOMMU tables, a
 * PV process's pgd); a VLPT slot for the p2m walk of the frame it windows. A view may also put a
 * walk target itself in its selection (the address map does, for the frame clicked), or an element
 * that adapts to one.
 */
public final class WalkTargets {
    private WalkTargets() {}

    public static WalkTarget of(Object element) {
        if (element instanceof WalkTarget t) {
            return t;
        }
        if (element instanceof VlptSlot slot) {
            // a slot is drawn as the p2m walk of the first frame it windows, with Xen's VLPT load beside it
            Domain domain = ModelSearch.enclosing(slot, Domain.class);
            return domain == null || domain.getP2m() == null ? null : of(domain.getP2m(), slot.getIpaStart() >>> Mfn.PAGE_SHIFT);
        }
        if (element instanceof Descriptor d) {
            TranslationTables tables = ModelSearch.enclosing(d, TranslationTables.class);
            if (tables instanceof PvAddressSpace mm) {
                return new PvWalkTarget(mm, rootTable(d).getMfn(), d.getInputStart());
            }
            return tables == null ? null : of(tables, d.getInputStart() >>> Mfn.PAGE_SHIFT);
        }
        return element == null ? null : Adapters.adapt(element, WalkTarget.class);
    }

    /** The root table a descriptor hangs under (a PV process has two: the pgd and the user pgd). */
    private static Table rootTable(Descriptor d) {
        Table root = (Table) d.eContainer();
        while (root.eContainer() instanceof Descriptor parent) {
            root = (Table) parent.eContainer();
        }
        return root;
    }

    /** The walk of one input frame (GFN or virtual frame) through a tree of tables, with the walks nested in it. */
    public static TablesWalkTarget of(TranslationTables tables, long frame) { return new TablesWalkTarget(tables, frame); }
}
