package org.p2mdbg.ui.dump;

import java.util.function.IntFunction;

import org.p2mdbg.core.dump.Translation;
import org.p2mdbg.core.dump.TranslationStep;
import org.p2mdbg.core.format.lpae.DecodedField;
import org.p2mdbg.core.mem.Hex;

/**
 * The text of each column of the walk tree. A level row reads "L4 | table PA | index | raw
 * descriptor | kind"; a field row "name | bits | value | meaning"; the outcome row the PA or fault.
 */
final class WalkColumns {
    static final String[] TITLES = {"Level / field", "Table PA / bits", "Index / value", "Descriptor", "Meaning"};
    static final int[] WIDTHS = {170, 150, 110, 190, 420};

    private WalkColumns() {}

    /** {@code tables} names the walk's tables by level ("PML4"), as the region's format spells them. */
    static String text(Object row, int column, IntFunction<String> tables) {
        if (row instanceof TranslationStep s) {
            return switch (column) {
                case 0 -> ("L" + s.level() + " " + tables.apply(s.level())).strip();
                case 1 -> Hex.of(s.table().value());
                case 2 -> Integer.toString(s.index());
                case 3 -> String.format("0x%016x", s.descriptor());
                case 4 -> s.kind();
                default -> "";
            };
        }
        if (row instanceof DecodedField f) {
            return switch (column) {
                case 0 -> f.name();
                case 1 -> f.field().bits();
                case 2 -> Hex.of(f.value());
                case 4 -> f.meaning();
                default -> "";
            };
        }
        if (row instanceof Translation t) {
            return switch (column) {
                case 0 -> t.isMapped() ? "→ PA" : "→ fault";
                case 1 -> t.isMapped() ? Hex.of(t.pa().value()) : "";
                case 2 -> t.isMapped() ? MappingColumns.size(t.pageSize()) : "L" + t.fault().level();
                case 4 -> t.isMapped() ? "page " + Hex.of(t.page().value()) + ", " + t.attributes().flags()
                        : t.fault().kind() + ": " + t.fault().message();
                default -> "";
            };
        }
        return "";
    }
}
