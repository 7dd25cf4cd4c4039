package org.p2mdbg.core.decode;

import java.util.List;

import org.p2mdbg.core.format.lpae.DecodedField;
import org.p2mdbg.core.format.vtd.VtdPte;

/**
 * Intel VT-d second-level tables, levels as Xen counts them (4 the root of a 48-bit space, 1 the
 * leaf), named as the VT-d specification names them (SL-PML4 ... SL-PT).
 */
public enum VtdFormat implements DescriptorFormat {
    INSTANCE;

    private static final String[] TABLES = {"", "SL-PT", "SL-PD", "SL-PDPT", "SL-PML4", "SL-PML5"};

    @Override public String formatName() { return "VT-d second level"; }

    @Override public String levelName(int level) { return TABLES[level]; }

    @Override public EntryRole role(long e, int level) {
        if (!VtdPte.isPresent(e)) {
            return EntryRole.INVALID;
        }
        if (level == 1) {
            return EntryRole.PAGE;
        }
        if (VtdPte.isSuperpage(e)) {
            return level <= 3 ? EntryRole.BLOCK : EntryRole.RESERVED;
        }
        return EntryRole.TABLE;
    }

    @Override public String describe(long e, int level) { return VtdPte.describe(e, level); }

    @Override public List<DecodedField> decode(long e, int level) { return VtdPte.decode(e, level); }

    @Override public int entryShift(int level) { return 12 + 9 * (level - 1); }
}
