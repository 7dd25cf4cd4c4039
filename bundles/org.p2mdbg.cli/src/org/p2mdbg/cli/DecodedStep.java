package org.p2mdbg.cli;

import java.io.PrintWriter;
import java.util.List;

import org.p2mdbg.core.format.lpae.DecodedField;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.walk.WalkStep;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One step of a walk as translate shows it, whatever the table format: where it read, what it read, and every field. */
final class DecodedStep {
    private DecodedStep() {}

    /** "level 3  table 0x40003  index 5  descriptor 0x...  4 KiB page", then one line per field. */
    static void print(PrintWriter out, WalkStep s, String kind, List<DecodedField> fields) {
        out.printf("level %d  table %s  index %d  descriptor 0x%016x  %s%n", s.level(), s.table(), s.index(), s.descriptor(), kind);
        for (DecodedField f : fields) {
            out.printf("    %-10s %-8s = %-12s %s%n", f.name(), f.field().bits(), Hex.of(f.value()), f.meaning());
        }
    }

    /** The same as one JSON object appended to {@code steps}. */
    static void add(ArrayNode steps, WalkStep s, String kind, List<DecodedField> fields) {
        ObjectNode n = steps.addObject();
        n.put("level", s.level());
        n.put("table", Hex.of(s.table().value()));
        n.put("index", s.index());
        n.put("descriptor", String.format("0x%016x", s.descriptor()));
        n.put("kind", kind);
        ArrayNode array = n.putArray("fields");
        for (DecodedField d : fields) {
            array.addObject().put("name", d.name()).put("bits", d.field().bits()).put("value", Hex.of(d.value())).put("meaning", d.meaning());
        }
    }
}
