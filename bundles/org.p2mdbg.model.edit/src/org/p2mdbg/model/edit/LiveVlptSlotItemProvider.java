package org.p2mdbg.model.edit;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.model.DescriptorKind;
import org.p2mdbg.model.VlptSlot;
import org.p2mdbg.model.provider.VlptSlotItemProvider;

/**
 * A VLPT slot and the p2m entry it copies:
 * "[66] table 0x8400000 → 0x40005 = p2m 0x40000[2] (IPA 0x80000000..0xbfffffff)", with "stale: p2m
 * has 0x..." when the slot no longer holds what the domain's p2m has.
 */
public class LiveVlptSlotItemProvider extends VlptSlotItemProvider {
    public LiveVlptSlotItemProvider(AdapterFactory adapterFactory) { super(adapterFactory); }

    @Override public String getText(Object object) {
        VlptSlot s = (VlptSlot) object;
        StringBuilder text = new StringBuilder("[").append(s.getIndex()).append("] ").append(s.getKind().getLiteral()).append(' ')
                .append(Hex.of(s.getInputStart()));
        if (s.getKind() != DescriptorKind.INVALID) {
            text.append(" → ").append(s.getOutputMfn());
        }
        text.append(s.isCurrent() ? " = " : " ≠ ").append("p2m ").append(s.getP2mRootMfn()).append('[').append(s.getP2mIndex())
                .append("] (IPA ").append(Hex.of(s.getIpaStart())).append("..").append(Hex.of(s.getIpaEnd())).append(')');
        if (!s.isCurrent()) {
            text.append(" stale: p2m has ").append(Hex.of(s.getP2mEntry()));
        }
        return text.toString();
    }

    /** A slot's table is the p2m's, shown under the p2m: the slot has no children here. */
    @Override public boolean hasChildren(Object object) { return false; }
}
