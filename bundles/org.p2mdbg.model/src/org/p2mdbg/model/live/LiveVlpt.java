package org.p2mdbg.model.live;

import static org.p2mdbg.model.P2mPackage.Literals.VLPT__COPY_MFN;
import static org.p2mdbg.model.P2mPackage.Literals.VLPT__FIRST_SLOT;
import static org.p2mdbg.model.P2mPackage.Literals.VLPT__SLOTS;
import static org.p2mdbg.model.P2mPackage.Literals.VLPT__WINDOW_END;
import static org.p2mdbg.model.P2mPackage.Literals.VLPT__WINDOW_START;

import org.eclipse.emf.common.util.EList;
import org.p2mdbg.core.xen.arm32.Arm32XenTables;
import org.p2mdbg.core.xen.arm32.Vlpt;
import org.p2mdbg.model.VlptSlot;
import org.p2mdbg.model.impl.VlptImpl;

/**
 * A domain's arm32 VLPT window, backed by the core's {@link Vlpt}: d->arch.dirty's slot range
 * (registers, so stepping back undoes prepare_vlpt) and one {@link LiveVlptSlot} per slot, a handful
 * at most (the window holds 64 GiB of guest RAM in 64 slots).
 */
public final class LiveVlpt extends VlptImpl {
    private final Vlpt core;
    private final Arm32XenTables xen;

    LiveVlpt(Vlpt core, Arm32XenTables xen) {
        this.core = core;
        this.xen = xen;
        refresh();
    }

    public Vlpt core() { return core; }

    void refresh() {
        int first = core.secondLvlStart();
        int end = core.secondLvlEnd();
        boolean prepared = end > first;
        ModelUpdates.set(this, VLPT__FIRST_SLOT, first);
        ModelUpdates.set(this, VLPT__SLOTS, end - first);
        ModelUpdates.set(this, VLPT__WINDOW_START, prepared ? (long) first << Arm32XenTables.SECOND_SHIFT : 0L);
        ModelUpdates.set(this, VLPT__WINDOW_END, prepared ? ((long) end << Arm32XenTables.SECOND_SHIFT) - 1 : 0L);
        ModelUpdates.set(this, VLPT__COPY_MFN, core.secondLvl());
        EList<VlptSlot> slots = getEntries();
        boolean same = slots.size() == end - first && (slots.isEmpty() || slots.get(0).getIndex() == first);
        if (!same) {
            slots.clear();
            for (int s = first; s < end; s++) {
                slots.add(new LiveVlptSlot(core, xen, s));
            }
            return;
        }
        for (VlptSlot s : slots) {
            ((LiveVlptSlot) s).refresh();
        }
    }
}
