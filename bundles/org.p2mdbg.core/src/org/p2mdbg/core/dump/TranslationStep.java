package org.p2mdbg.core.dump;

import java.util.List;

import org.p2mdbg.core.format.lpae.DecodedField;
import org.p2mdbg.core.mem.Pa;

/** One level of a walk: the table, the entry the address selects, what it holds, every field decoded. */
public record TranslationStep(int level, Pa table, int index, long descriptor, String kind, List<DecodedField> fields) {
    public TranslationStep {
        fields = List.copyOf(fields);
    }

    /** Where the entry itself lies in physical memory. */
    public Pa entryAddress() { return new Pa(table.value() + 8L * index); }
}
