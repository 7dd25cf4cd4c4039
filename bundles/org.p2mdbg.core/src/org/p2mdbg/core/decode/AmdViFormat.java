package org.p2mdbg.core.decode;

import java.util.List;

import org.p2mdbg.core.format.amdvi.AmdViPte;
import org.p2mdbg.core.format.lpae.DecodedField;

/**
 * AMD-Vi I/O page tables, levels as Xen's paging mode counts them (the root at the paging mode, 1
 * the table of 4 KiB entries). An entry whose Next Level is not below its own level is reserved.
 */
public enum AmdViFormat implements DescriptorFormat {
    INSTANCE;

    @Override public String formatName() { return "AMD-Vi I/O page table"; }

    @Override public String levelName(int level) { return "L" + level; }

    @Override public EntryRole role(long e, int level) {
        if (!AmdViPte.isPresent(e)) {
            return EntryRole.INVALID;
        }
        int next = AmdViPte.nextLevel(e);
        if (next == 0 || next == 7) {
            return level == 1 ? EntryRole.PAGE : EntryRole.BLOCK;
        }
        return next < level ? EntryRole.TABLE : EntryRole.RESERVED;
    }

    @Override public String describe(long e, int level) { return AmdViPte.describe(e, level); }

    @Override public List<DecodedField> decode(long e, int level) { return AmdViPte.decode(e, level); }

    @Override public int entryShift(int level) { return 12 + 9 * (level - 1); }
}
