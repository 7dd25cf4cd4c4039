package org.p2mdbg.ui.inspector;

import org.p2mdbg.core.decode.DescriptorFormat;
import org.p2mdbg.core.decode.LpaeFormat;
import org.p2mdbg.core.format.lpae.DecodedField;
import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.format.lpae.Stage;
import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.core.xen.arm.P2mType;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionManager;
import org.p2mdbg.model.Descriptor;
import org.p2mdbg.model.Domain;
import org.p2mdbg.model.Table;
import org.p2mdbg.model.TranslationTables;
import org.p2mdbg.model.live.FormattedDescriptor;
import org.p2mdbg.ui.InspectableEntry;
import org.p2mdbg.ui.ModelSearch;
import org.p2mdbg.ui.TouchedEntry;
import org.p2mdbg.ui.trace.EventOperands;

/**
 * A table entry of the session's machine: a table frame and index, with the level and format that
 * decide how its bits read. The entry is a place, not a value: its value is read from the frame
 * store at the session's position, so stepping shows how it changes.
 */
public record InspectedEntry(String owner, Mfn table, int index, int level, DescriptorFormat format) implements InspectableEntry {
    /** An LPAE entry (a p2m's or Xen's). */
    public InspectedEntry(String owner, Mfn table, int index, int level, Stage stage) {
        this(owner, table, index, level, LpaeFormat.of(stage));
    }

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

    /** The LPAE stage of the entry, or null for another format. */
    public Stage stage() { return format instanceof LpaeFormat l ? l.stage() : null; }

    /** The entry's value in the frame store as it is now (a frame that does not exist reads as zeros). */
    public long valueIn(FrameStore frames) { return frames.exists(table) ? frames.peek(table, index) : 0L; }

    @Override
    public long value() {
        P2mSession session = SessionManager.get().current();
        return session == null ? 0L : valueIn(session.machine().frames());
    }

    @Override
    public boolean isTouchedBy(TouchedEntry touched) { return touched != null && touched.is(table, index); }

    /** In a p2m entry the software bits also read as Xen's p2m type. */
    @Override
    public String meaning(DecodedField f) {
        if (format == LpaeFormat.STAGE2 && f.field().equals(Lpae.SOFTWARE)) {
            return f.meaning() + " = p2m type " + P2mType.ofXenValue((int) f.value()).scenarioName();
        }
        return f.meaning();
    }

    @Override
    public String title() {
        return owner + " — " + format.levelName(level) + " table " + Hex.of(table.value()) + "[" + index + "] (" + format.formatName() + ")";
    }
}
