package org.p2mdbg.core.decode;

import java.util.List;

import org.p2mdbg.core.dump.PagingFormat;
import org.p2mdbg.core.format.lpae.DecodedField;

/**
 * A dumped guest's tables (x86-64 4/5-level, AArch64 stage 1 with any granule) seen through the
 * format-neutral view. x86 tables keep their names (PML4 ... PT); AArch64 levels read L-1 ... L3.
 */
public record PagingDescriptorFormat(String formatName, PagingFormat paging) implements DescriptorFormat {
    @Override public String levelName(int level) {
        String n = paging.levelName(level);
        return n.startsWith("level ") ? "L" + level : n;
    }

    @Override public EntryRole role(long d, int level) {
        return switch (paging.kind(d, level)) {
            case INVALID -> EntryRole.INVALID;
            case TABLE -> EntryRole.TABLE;
            // a leaf is a page when no level could sit below it: the next level would resolve no address bit of a page
            case LEAF -> paging.indexShift(paging.childLevel(level)) < 12 ? EntryRole.PAGE : EntryRole.BLOCK;
            case RESERVED, ADDRESS_SIZE -> EntryRole.RESERVED;
        };
    }

    @Override public String describe(long d, int level) { return paging.describe(d, level); }

    @Override public List<DecodedField> decode(long d, int level) { return paging.decode(d, level); }

    @Override public int entryShift(int level) { return paging.indexShift(level); }
}
