package org.p2mdbg.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
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
import org.p2mdbg.model.DescriptorKind;
import org.p2mdbg.model.Device;
import org.p2mdbg.model.Domain;
import org.p2mdbg.model.PvAddressSpace;
import org.p2mdbg.model.Table;
import org.p2mdbg.model.TranslationTables;
import org.p2mdbg.model.VlptSlot;
import org.p2mdbg.model.live.FormattedDescriptor;
import org.p2mdbg.model.live.LiveIommuContext;
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

    /**
     * The entry of a descriptor of the Page Tables tree, in its table's format: a p2m's or Xen's LPAE
     * entry, a device's VT-d or AMD-Vi entry, a PV process's x86-64 entry or a VLPT slot of Xen's
     * arm32 tables. A table of several concatenated pages holds entry {@code index} in page {@code index / 512}.
     */
    public static InspectedEntry of(Descriptor d) {
        if (!(d instanceof FormattedDescriptor f)) {
            return null;
        }
        return new InspectedEntry(ownerOf(d), f.tableMfn(), d.getIndex() % org.p2mdbg.model.live.DescriptorFormat.ENTRIES, d.getLevel(),
                f.format().decoded());
    }

    /** Whose tables hold a descriptor, as the Page Tables tree names them. */
    private static String ownerOf(EObject d) {
        Domain domain = ModelSearch.enclosing(d, Domain.class);
        Device device = ModelSearch.enclosing(d, Device.class);
        if (device != null) {
            return device.getName() + " " + device.getContext().getKind();
        }
        if (d instanceof VlptSlot) {
            return "Xen page tables (VLPT of " + domain.getName() + ")";
        }
        if (ModelSearch.enclosing(d, PvAddressSpace.class) != null) {
            return domain.getName() + " process";
        }
        return domain != null ? domain.getName() + " p2m" : "Xen page tables";
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
        if (frames.exists(touched.table()) && (frames.kind(touched.table()) == FrameKind.IOMMU_TABLE
                || frames.kind(touched.table()) == FrameKind.PV_PAGE_TABLE)) {
            return ofDeviceOrProcessTable(touched);
        }
        boolean exists = frames.exists(touched.table());
        boolean xen = exists ? frames.kind(touched.table()) == FrameKind.XEN_PT_TABLE
                : trace.callPaths().frames(trace.path(event)).stream().anyMatch(f -> f.startsWith("xen_pt"));
        String owner = xen ? "Xen page tables"
                : exists ? machine.domain(frames.owner(touched.table())).map(d -> d.name() + " p2m").orElse("p2m") : "freed p2m table";
        return new InspectedEntry(owner, touched.table(), touched.index(), EventOperands.levelOf(trace, event),
                xen ? Stage.STAGE1 : Stage.STAGE2);
    }

    /**
     * An entry of a device's IOMMU tables or a PV process's tables: their events name no level and
     * their frames no format, so both come from the table of the current session's model that is
     * this frame (tables are made as they are looked for; these trees are a few tables each).
     */
    private static InspectedEntry ofDeviceOrProcessTable(TouchedEntry touched) {
        P2mSession session = SessionManager.get().current();
        if (session == null) {
            return null;
        }
        List<TranslationTables> spaces = new ArrayList<>();
        session.model().getDevices().stream().map(Device::getContext).filter(c -> c != null && !c.isSharesP2m()).forEach(spaces::add);
        session.model().getDomains().stream().map(Domain::getPvAddressSpace).filter(Objects::nonNull).forEach(spaces::add);
        for (TranslationTables space : spaces) {
            for (Table root : space.getTables()) {
                Table table = tableIn(root, touched.table());
                if (table != null) {
                    org.p2mdbg.model.live.DescriptorFormat format = space instanceof LiveIommuContext c ? c.format()
                            : org.p2mdbg.model.live.DescriptorFormat.X86_64;
                    return new InspectedEntry(ownerOf(table), touched.table(), touched.index(), table.getLevel(), format.decoded());
                }
            }
        }
        return null;
    }

    private static Table tableIn(Table table, Mfn mfn) {
        if (table.getMfn().equals(mfn)) {
            return table;
        }
        for (Descriptor d : table.getDescriptors()) {
            Table found = d.getKind() == DescriptorKind.TABLE && d.getChild() != null ? tableIn(d.getChild(), mfn) : null;
            if (found != null) {
                return found;
            }
        }
        return null;
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
