package org.p2mdbg.core.decode;

import java.util.List;

import org.p2mdbg.core.format.lpae.DecodedField;

/**
 * How the descriptors of one table format read, level by level, for a person: the names of the
 * tables, what each entry is, and every field with its bits and meaning. One implementation per
 * format (LPAE stage 1 and 2, x86-64, VT-d, AMD-Vi, a dumped guest's x86-64 or AArch64 tables), so
 * that a view draws any of them without knowing which.
 */
public interface DescriptorFormat {
    /** The format in words ("LPAE stage 2", "x86-64 4-level", "VT-d second level"). */
    String formatName();

    /** The name of a level's tables as the format's manual spells it ("PML4", "PD", "L2"). */
    String levelName(int level);

    EntryRole role(long descriptor, int level);

    /** The kind of entry in the manual's words ("2 MiB page", "table", "not present"). */
    String describe(long descriptor, int level);

    List<DecodedField> decode(long descriptor, int level);

    /** log2 of the bytes one entry of a level's table covers (12 for a 4 KiB page). */
    int entryShift(int level);
}
