package org.p2mdbg.model.edit;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.model.DescriptorField;
import org.p2mdbg.model.provider.DescriptorFieldItemProvider;

/** A decoded bit field: "S2AP [7:6] = 0x3: read/write". */
public class LiveDescriptorFieldItemProvider extends DescriptorFieldItemProvider {
    public LiveDescriptorFieldItemProvider(AdapterFactory adapterFactory) { super(adapterFactory); }

    @Override public String getText(Object object) {
        DescriptorField f = (DescriptorField) object;
        return f.getName() + " " + f.getBits() + " = " + Hex.of(f.getValue()) + ": " + f.getMeaning();
    }
}
