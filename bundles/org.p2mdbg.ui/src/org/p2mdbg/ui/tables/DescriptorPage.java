package org.p2mdbg.ui.tables;

import org.p2mdbg.model.Table;

/**
 * A run of a table's indices shown as one tree node ("[64..127]"), so that a table with hundreds
 * of entries opens a page at a time, as Eclipse's debugger partitions large arrays. A record: two
 * pages of the same table and indices are the same tree element, which is what lets a viewer keep
 * such a node expanded across refreshes and find it again when revealing a path.
 *
 * @param from  the first index of the page
 * @param count how many indices it spans
 */
public record DescriptorPage(Table table, int from, int count) {
    /** How many indices one page spans. */
    public static final int SIZE = 64;

    /** The page of a table that holds {@code index}. */
    public static DescriptorPage holding(Table table, int index) {
        int from = index / SIZE * SIZE;
        return new DescriptorPage(table, from, SIZE);
    }

    public boolean holds(int index) { return index >= from && index < from + count; }

    /** The first input address covered by the page. */
    public long inputStart() { return table.getInputStart() + from * entrySpan(); }

    /** The last input address (inclusive) covered by the page. */
    public long inputEnd() { return inputStart() + count * entrySpan() - 1; }

    private long entrySpan() { return (table.getInputEnd() - table.getInputStart() + 1) / 512; }
}
