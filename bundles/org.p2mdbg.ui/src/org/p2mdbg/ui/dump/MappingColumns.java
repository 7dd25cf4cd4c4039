package org.p2mdbg.ui.dump;

import org.p2mdbg.core.decode.DecodedWalks;
import org.p2mdbg.core.dump.MappedRange;
import org.p2mdbg.core.mem.Hex;

/** The text of each column of the mappings table, one merged range per row. */
final class MappingColumns {
    static final String[] TITLES = {"VA start", "VA end", "PA", "Size", "Flags", "Leaves"};
    static final int[] WIDTHS = {170, 170, 140, 90, 200, 70};

    private MappingColumns() {}

    static String text(MappedRange r, int column) {
        return switch (column) {
            case 0 -> Hex.of(r.start().value());
            case 1 -> Hex.of(r.end().value() - 1);
            case 2 -> Hex.of(r.pa().value());
            case 3 -> size(r.size());
            case 4 -> r.attributes().flags();
            case 5 -> Long.toString(r.leaves());
            default -> "";
        };
    }

    /** Sizes in the largest binary unit that divides them, as page sizes are spoken of. */
    static String size(long bytes) { return DecodedWalks.size(bytes); }
}
