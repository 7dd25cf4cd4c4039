package org.p2mdbg.model.live;

import static org.p2mdbg.model.P2mPackage.Literals.TABLE__FRAME_KIND;
import static org.p2mdbg.model.P2mPackage.Literals.TABLE__OWNER;
import static org.p2mdbg.model.P2mPackage.Literals.TABLE__PAGE_TYPE;
import static org.p2mdbg.model.P2mPackage.Literals.TABLE__VALID_COUNT;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.model.Descriptor;
import org.p2mdbg.model.impl.TableImpl;

/**
 * A table page whose descriptors are read from the frame store only when somebody asks: the valid
 * ones on first access of {@link #getDescriptors()}, any others (invalid ones included) through
 * {@link #descriptors(int, int)}. Opening one path of a 64 GiB p2m thus makes a few thousand
 * objects, not millions. Reads are {@link FrameStore#peek}: looking never changes the trace.
 */
public final class LiveTable extends TableImpl {
    private static final int ENTRIES = DescriptorFormat.ENTRIES;

    private final TableSource source;
    /** Indices asked for through descriptors(from, count): shown even while invalid. */
    private final BitSet pinned = new BitSet(ENTRIES);
    /** The materialised descriptor of each index; null until the descriptors are first asked for. */
    private LiveDescriptor[] slots;

    LiveTable(TableSource source, Mfn mfn, int level, long inputStart) {
        this.source = source;
        setMfn(mfn);
        setLevel(level);
        setInputStart(inputStart);
        setInputEnd(inputStart + source.format().entrySpan(level) * ENTRIES - 1);
        refreshFrame();
    }

    /** The format of the table's entries. */
    public DescriptorFormat format() { return source.format(); }

    /** The index of the entry that translates an input address of this table's range. */
    public int indexOf(long input) {
        if (Long.compareUnsigned(input, getInputStart()) < 0 || Long.compareUnsigned(input, getInputEnd()) > 0) {
            throw new IllegalArgumentException("input " + Hex.of(input) + " outside this table's range");
        }
        return (int) Long.divideUnsigned(input - getInputStart(), source.format().entrySpan(getLevel()));
    }

    /** The valid descriptors (and those asked for by index), in index order; read on first access. */
    @Override public EList<Descriptor> getDescriptors() {
        EList<Descriptor> list = super.getDescriptors();
        if (slots == null) {
            slots = new LiveDescriptor[ENTRIES];
            List<LiveDescriptor> made = new ArrayList<>();
            for (int i = 0; i < ENTRIES; i++) {
                long raw = entry(i);
                if (source.format().isValid(raw)) {
                    slots[i] = newDescriptor(i, raw);
                    made.add(slots[i]);
                }
            }
            ModelUpdates.silently(this, () -> list.addAll(made));
        }
        return list;
    }

    /**
     * A page of descriptors by index, invalid ones included: they join {@link #getDescriptors()}
     * (with a notification) and stay there.
     */
    public List<Descriptor> descriptors(int from, int count) {
        if (from < 0 || count < 0 || from + count > ENTRIES) {
            throw new IndexOutOfBoundsException("descriptors " + from + " + " + count + " outside 0.." + (ENTRIES - 1));
        }
        getDescriptors();
        pinned.set(from, from + count);
        sync();
        List<Descriptor> page = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            page.add(slots[i]);
        }
        return Collections.unmodifiableList(page);
    }

    /** The descriptor at an index, valid or not. */
    public Descriptor descriptor(int index) { return descriptors(index, 1).get(0); }

    /** Whether the descriptors have been read (before that, the table holds no children). */
    public boolean isMaterialised() { return slots != null; }

    /**
     * Reads the page again and updates the model in place: the frame's metadata, the valid count,
     * and (when materialised) descriptors that changed, appeared or became invalid, then the tables
     * below them that were opened.
     */
    public void refresh() {
        refreshFrame();
        if (slots != null) {
            sync();
        }
    }

    private void refreshFrame() {
        Mfn mfn = getMfn();
        FrameStore frames = source.frames();
        boolean exists = frames.exists(mfn);
        ModelUpdates.set(this, TABLE__FRAME_KIND, exists ? frames.kind(mfn) : FrameKind.FREE);
        ModelUpdates.set(this, TABLE__OWNER, exists ? frames.owner(mfn) : FrameStore.NO_OWNER);
        ModelUpdates.set(this, TABLE__PAGE_TYPE, exists ? source.pageTypes().apply(mfn) : "");
        int valid = 0;
        for (int i = 0; i < ENTRIES; i++) {
            if (source.format().isValid(entry(i))) {
                valid++;
            }
        }
        ModelUpdates.set(this, TABLE__VALID_COUNT, valid);
    }

    private void sync() {
        EList<Descriptor> list = super.getDescriptors();
        int at = 0;
        for (int i = 0; i < ENTRIES; i++) {
            long raw = entry(i);
            boolean shown = source.format().isValid(raw) || pinned.get(i);
            LiveDescriptor d = slots[i];
            if (shown && d == null) {
                slots[i] = newDescriptor(i, raw);
                list.add(at++, slots[i]);
            } else if (!shown && d != null) {
                slots[i] = null;
                list.remove(at);
            } else if (d != null) {
                d.update(raw);
                at++;
            }
        }
    }

    private long entry(int index) { return source.entry(getMfn(), index); }

    private LiveDescriptor newDescriptor(int index, long raw) {
        long span = source.format().entrySpan(getLevel());
        long start = getInputStart() + index * span;
        return new LiveDescriptor(source, getMfn(), getLevel(), index, start, start + span - 1, raw);
    }
}
