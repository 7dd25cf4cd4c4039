package org.p2mdbg.core.decode;

import java.util.List;

import org.p2mdbg.core.format.lpae.DecodedField;
import org.p2mdbg.core.format.x86.X86Pte;

/** An x86 PV guest's 4-level tables as Xen validates them: level 4 the PML4 down to level 1 the page table. */
public enum X86PteFormat implements DescriptorFormat {
    INSTANCE;

    private static final String[] TABLES = {"", "PT", "PD", "PDPT", "PML4"};

    @Override public String formatName() { return "x86-64 4-level"; }

    @Override public String levelName(int level) { return TABLES[level]; }

    @Override public EntryRole role(long e, int level) {
        if (!X86Pte.isPresent(e)) {
            return EntryRole.INVALID;
        }
        if (level == 1) {
            return EntryRole.PAGE;
        }
        return X86Pte.isLarge(e, level) ? EntryRole.BLOCK : EntryRole.TABLE;
    }

    @Override public String describe(long e, int level) { return X86Pte.describe(e, level); }

    @Override public List<DecodedField> decode(long e, int level) { return X86Pte.decode(e, level); }

    @Override public int entryShift(int level) { return 12 + 9 * (level - 1); }
}
