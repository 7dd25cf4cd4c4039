package org.p2mdbg.core.inject;

import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Mfn;

/**
 * A fault put in by hand: at trace position {@code position} (after that many events) the
 * descriptor {@code table[index]}, an entry of a level-{@code level} table, is overwritten with
 * {@code value}, as a stray write or a bit flip would. {@code what} says what was changed
 * ("valid [0] = 0x0"), for the trace.
 */
public record DescriptorInjection(long position, Mfn table, int index, int level, long value, String what) {
    public DescriptorInjection {
        if (position < 0) {
            throw new IllegalArgumentException("an injection needs a trace position >= 0, found " + position);
        }
        if (index < 0 || index >= FrameStore.ENTRIES) {
            throw new IllegalArgumentException("a table has entries 0.." + (FrameStore.ENTRIES - 1) + ", found index " + index);
        }
        if (level < 0 || level > 3) {
            throw new IllegalArgumentException("tables have levels 0..3, found level " + level);
        }
    }

    /** The same injection, {@code events} later in the trace. */
    public DescriptorInjection later(long events) { return new DescriptorInjection(position + events, table, index, level, value, what); }

    @Override public String toString() {
        return "at event " + position + ": table " + Hex.of(table.value()) + "[" + index + "] = " + Hex.of(value) + " (" + what + ")";
    }
}
