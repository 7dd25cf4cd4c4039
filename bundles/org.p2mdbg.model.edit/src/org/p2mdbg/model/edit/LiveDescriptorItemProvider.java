package org.p2mdbg.model.edit;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.model.Descriptor;
import org.p2mdbg.model.DescriptorKind;
import org.p2mdbg.model.P2mPackage;
import org.p2mdbg.model.provider.DescriptorItemProvider;

/**
 * A descriptor: its index, kind, the input address it starts at and where it points, e.g.
 * "[1] block 0x40200000 → 0x50000 (2 MiB)", "[0] table 0x0 → 0x40002", "[5] invalid 0x5000".
 */
public class LiveDescriptorItemProvider extends DescriptorItemProvider {
    public LiveDescriptorItemProvider(AdapterFactory adapterFactory) { super(adapterFactory); }

    @Override public String getText(Object object) {
        Descriptor d = (Descriptor) object;
        StringBuilder text = new StringBuilder("[").append(d.getIndex()).append("] ").append(d.getKind().getLiteral())
                .append(' ').append(Hex.of(d.getInputStart()));
        if (d.getKind() != DescriptorKind.INVALID) {
            text.append(" → ").append(d.getOutputMfn());
        }
        if (d.getKind() == DescriptorKind.BLOCK) {
            text.append(" (").append(size(d.getInputEnd() - d.getInputStart() + 1)).append(')');
        }
        return text.toString();
    }

    /** Only a table descriptor has a child; asking must not make it. */
    @Override public boolean hasChildren(Object object) {
        Descriptor d = (Descriptor) object;
        return d.getKind() == DescriptorKind.TABLE || d.eIsSet(P2mPackage.Literals.DESCRIPTOR__CHILD);
    }

    private static String size(long bytes) {
        return bytes >= 1L << 30 ? (bytes >> 30) + " GiB" : bytes >= 1L << 20 ? (bytes >> 20) + " MiB" : (bytes >> 10) + " KiB";
    }
}
