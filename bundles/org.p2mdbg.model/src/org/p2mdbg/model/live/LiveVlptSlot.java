package org.p2mdbg.model.live;

import static org.p2mdbg.model.P2mPackage.Literals.DESCRIPTOR__KIND;
import static org.p2mdbg.model.P2mPackage.Literals.DESCRIPTOR__OUTPUT_MFN;
import static org.p2mdbg.model.P2mPackage.Literals.DESCRIPTOR__RAW;
import static org.p2mdbg.model.P2mPackage.Literals.VLPT_SLOT__COPY;
import static org.p2mdbg.model.P2mPackage.Literals.VLPT_SLOT__CURRENT;
import static org.p2mdbg.model.P2mPackage.Literals.VLPT_SLOT__P2M_ENTRY;
import static org.p2mdbg.model.P2mPackage.Literals.VLPT_SLOT__P2M_ROOT_MFN;

import org.eclipse.emf.common.util.EList;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.xen.arm32.Arm32XenTables;
import org.p2mdbg.core.xen.arm32.Vlpt;
import org.p2mdbg.model.DescriptorField;
import org.p2mdbg.model.impl.VlptSlotImpl;

/**
 * One xen_second slot of a domain's VLPT window, a level-2 LPAE stage-1 descriptor of Xen's arm32
 * tables, beside the first-level p2m entry it was copied from: a slot another domain's
 * prepare_vlpt overwrote, or one restore_vlpt has not rewritten yet, is not {@code current}.
 */
public final class LiveVlptSlot extends VlptSlotImpl implements FormattedDescriptor {
    /** Xen's level of xen_second's entries. */
    private static final int LEVEL = 2;
    /** second_linear_offset(VIRT_LIN_P2M_START): slot of the first first-level p2m entry. */
    private static final int LINEAR_BASE = (int) (Vlpt.VIRT_LIN_P2M_START >>> Arm32XenTables.SECOND_SHIFT);
    private static final int FIRST_SHIFT = 30;

    private final Vlpt core;
    private final FrameStore frames;
    private boolean fieldsMade;

    LiveVlptSlot(Vlpt core, Arm32XenTables xen, int slot) {
        this.core = core;
        this.frames = core.domain().machine().frames();
        setIndex(slot);
        setLevel(LEVEL);
        setInputStart((long) slot << Arm32XenTables.SECOND_SHIFT);
        setInputEnd(((long) (slot + 1) << Arm32XenTables.SECOND_SHIFT) - 1);
        setXenSecondMfn(xen.second().add(slot >>> 9));
        int p2mEntry = slot - LINEAR_BASE;
        setP2mIndex(p2mEntry % DescriptorFormat.ENTRIES);
        setIpaStart((long) p2mEntry << FIRST_SHIFT);
        setIpaEnd(((long) (p2mEntry + 1) << FIRST_SHIFT) - 1);
        refresh();
    }

    /** Slots are decoded as Xen's hypervisor MMU reads them: LPAE stage 1. */
    @Override public DescriptorFormat format() { return DescriptorFormat.LPAE_STAGE1; }

    @Override public Mfn tableMfn() { return getXenSecondMfn(); }

    @Override public EList<DescriptorField> getFields() {
        EList<DescriptorField> list = super.getFields();
        if (!fieldsMade) {
            fieldsMade = true;
            ModelUpdates.silently(this, () -> list.addAll(DescriptorFields.of(format().decode(getRaw(), LEVEL))));
        }
        return list;
    }

    void refresh() {
        Mfn second = getXenSecondMfn();
        long raw = frames.exists(second) ? frames.peek(second, getIndex() & (DescriptorFormat.ENTRIES - 1)) : 0L;
        if (raw != getRaw() || getKind() == null) {
            ModelUpdates.set(this, DESCRIPTOR__RAW, raw);
            ModelUpdates.set(this, DESCRIPTOR__KIND, format().kind(raw, LEVEL));
            ModelUpdates.set(this, DESCRIPTOR__OUTPUT_MFN, format().isValid(raw) ? format().output(raw) : Mfn.INVALID);
            if (fieldsMade) {
                DescriptorFields.update(super.getFields(), format().decode(raw, LEVEL));
            }
        }
        Mfn copy = core.secondLvl();
        ModelUpdates.set(this, VLPT_SLOT__COPY, copy.isValid() && frames.exists(copy) ? core.peekCopy(getIndex()) : 0L);
        // p2m->first_level: two concatenated pages; the slot copies entry p2mIndex of one of them
        Mfn root = core.domain().p2m().root();
        Mfn page = root.isValid() ? root.add((getIndex() - LINEAR_BASE) / DescriptorFormat.ENTRIES) : Mfn.INVALID;
        long entry = page.isValid() && frames.exists(page) ? frames.peek(page, getP2mIndex()) : 0L;
        ModelUpdates.set(this, VLPT_SLOT__P2M_ROOT_MFN, page);
        ModelUpdates.set(this, VLPT_SLOT__P2M_ENTRY, entry);
        ModelUpdates.set(this, VLPT_SLOT__CURRENT, page.isValid() && entry == raw);
    }
}
