package org.p2mdbg.ui.inspector;

import org.p2mdbg.core.format.lpae.Stage;
import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.model.Descriptor;
import org.p2mdbg.model.Domain;
import org.p2mdbg.model.Table;
import org.p2mdbg.model.TranslationTables;
import org.p2mdbg.model.live.FormattedDescriptor;
import org.p2mdbg.ui.ModelSearch;
import org.p2mdbg.ui.TouchedEntry;
import org.p2mdbg.ui.trace.EventOperands;

/**
 * Which table entry the inspector shows: a table frame and index, with the level and stage that
 * decide how its bits read. The entry is a place, not a value: the inspector reads its value
 * from the frame store at the session's position, so stepping shows how it changes.
 */
public record InspectedEntry(String owner, Mfn table, int index, int level, Stage stage) {
    /** The entry of a descriptor of the Page Tables tree. */
    public static InspectedEntry of(Descriptor d) {
        // the inspector decodes LPAE: IOMMU and PV descriptors show their fields in the Properties view
        if (!(d.eContainer() instanceof Table t) || d instanceof FormattedDescriptor f && f.format().countsDown()) {
            return null;
        }
        TranslationTables tables = ModelSearch.enclosing(d, TranslationTables.class);
        Domain domain = ModelSearch.enclosing(d, Domain.class);
        return new InspectedEntry(domain != null ? domain.getName() + " p2m" : "Xen page tables", t.getMfn(), d.getIndex(),
                d.getLevel(), tables == null ? Stage.STAGE2 : tables.getStage());
    }

    /**
     * The entry an event reads or writes. Events do not record the table's level: it comes from
     * the event's call path (Xen's walkers enter a "level N" frame per level), and the stage from
     * whose table the frame is.
     */
    public static InspectedEntry of(Machine machine, long event) {
        Trace trace = machine.trace();
        TouchedEntry touched = TouchedEntry.of(trace, event);
        if (touched == null) {
            return null;
        }
        FrameStore frames = machine.frames();
        boolean exists = frames.exists(touched.table());
        boolean xen = exists ? frames.kind(touched.table()) == FrameKind.XEN_PT_TABLE
                : trace.callPaths().frames(trace.path(event)).stream().anyMatch(f -> f.startsWith("xen_pt"));
        String owner = xen ? "Xen page tables"
                : exists ? machine.domain(frames.owner(touched.table())).map(d -> d.name() + " p2m").orElse("p2m") : "freed p2m table";
        return new InspectedEntry(owner, touched.table(), touched.index(), EventOperands.levelOf(trace, event),
                xen ? Stage.STAGE1 : Stage.STAGE2);
    }

    /** The entry's value in the frame store as it is now (a frame that does not exist reads as zeros). */
    public long valueIn(FrameStore frames) { return frames.exists(table) ? frames.peek(table, index) : 0L; }

    public String title() {
        return owner + " — level " + level + " table " + Hex.of(table.value()) + "[" + index + "] ("
                + (stage == Stage.STAGE2 ? "stage 2" : "stage 1") + ")";
    }
}
