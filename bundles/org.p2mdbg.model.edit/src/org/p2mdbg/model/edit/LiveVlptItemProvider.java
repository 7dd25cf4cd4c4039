package org.p2mdbg.model.edit;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.model.Vlpt;
import org.p2mdbg.model.provider.VlptItemProvider;

/** A domain's VLPT window: "VLPT: xen_second slots 66..70 (VA 0x8400000..0x8dfffff)", or "VLPT: not prepared". */
public class LiveVlptItemProvider extends VlptItemProvider {
    public LiveVlptItemProvider(AdapterFactory adapterFactory) { super(adapterFactory); }

    @Override public String getText(Object object) {
        Vlpt v = (Vlpt) object;
        if (v.getSlots() == 0) {
            return "VLPT: not prepared";
        }
        return "VLPT: xen_second slots " + v.getFirstSlot() + ".." + (v.getFirstSlot() + v.getSlots() - 1) + " (VA "
                + Hex.of(v.getWindowStart()) + ".." + Hex.of(v.getWindowEnd()) + ")";
    }

    @Override public boolean hasChildren(Object object) { return ((Vlpt) object).getSlots() > 0; }
}
