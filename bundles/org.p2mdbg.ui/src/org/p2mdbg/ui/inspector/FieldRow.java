package org.p2mdbg.ui.inspector;

import java.util.ArrayList;
import java.util.List;

import org.p2mdbg.core.format.lpae.DecodedField;

/**
 * One row of the inspector's grid: a field as it reads now and, when the current event wrote the
 * entry, as it read before (null when the field did not exist then: a table became a mapping).
 */
record FieldRow(DecodedField now, DecodedField before) {
    boolean changed() { return before == null || before.value() != now.value(); }

    /** Pairs the fields of the new value with the same-named fields of the old one. */
    static List<FieldRow> pair(List<DecodedField> now, List<DecodedField> before) {
        List<FieldRow> rows = new ArrayList<>(now.size());
        for (DecodedField n : now) {
            DecodedField b = null;
            if (before != null) {
                for (DecodedField o : before) {
                    if (o.name().equals(n.name())) {
                        b = o;
                    }
                }
            }
            rows.add(new FieldRow(n, before == null ? n : b));
        }
        return rows;
    }
}
