package org.p2mdbg.core.decode;

import java.util.List;

import org.p2mdbg.core.format.lpae.DecodedField;

/**
 * One table read of a walk, in any format: the table's level and name, its address (bytes, in the
 * walk's address space), the entry the input selected, the raw descriptor, its role, kind and
 * every field decoded.
 */
public record DecodedLevel(int level, String levelName, long table, int index, long descriptor, EntryRole role, String kind,
        List<DecodedField> fields) {
    public DecodedLevel {
        fields = List.copyOf(fields);
    }

    /** Reads one entry through a format. */
    public static DecodedLevel read(DescriptorFormat format, int level, long table, int index, long descriptor) {
        return new DecodedLevel(level, format.levelName(level), table, index, descriptor, format.role(descriptor, level),
                format.describe(descriptor, level), format.decode(descriptor, level));
    }

    /** Where the entry itself lies (8-byte descriptors). */
    public long entryAddress() { return table + 8L * index; }
}
