package org.p2mdbg.model.live;

import static org.p2mdbg.model.P2mPackage.Literals.TABLE__FRAME_KIND;
import static org.p2mdbg.model.P2mPackage.Literals.TABLE__OWNER;
import static org.p2mdbg.model.P2mPackage.Literals.TABLE__VALID_COUNT;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.format.lpae.Stage;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
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
    private final FrameStore frames;
    private final Stage stage;
    /** Indices asked for through descriptors(from, count): shown even while invalid. */
    private final BitSet pinned = new BitSet(Lpae.ENTRIES);
    /** The materialised descriptor of each index; null until the descriptors are first asked for. */
    private LiveDescriptor[] slots;

    LiveTable(FrameStore frames, Stage stage, Mfn mfn, int level, long inputStart) {
        this.frames = frames;
        this.stage = stage;
        setMfn(mfn);
        setLevel(level);
        setInputStart(inputStart);
        setInputEnd(inputStart + entrySpan(level) * Lpae.ENTRIES - 1);
        refreshFrame();
    }

    /** How many bytes of input one descriptor of a level covers (4 KiB at level 3 ... 512 GiB at level 0). */
    static long entrySpan(int level) { return 1L << (Lpae.levelOrder(level) + Mfn.PAGE_SHIFT); }

    /** The valid descriptors (and those asked for by index), in index order; read on first access. */
    @Override public EList<Descriptor> getDescriptors() {
        EList<Descriptor> list = super.getDescriptors();
        if (slots == null) {
            slots = new LiveDescriptor[Lpae.ENTRIES];
            List<LiveDescriptor> made = new ArrayList<>();
            for (int i = 0; i < Lpae.ENTRIES; i++) {
                long raw = entry(i);
                if (Lpae.isValid(raw)) {
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
        if (from < 0 || count < 0 || from + count > Lpae.ENTRIES) {
            throw new IndexOutOfBoundsException("descriptors " + from + " + " + count + " outside 0.." + (Lpae.ENTRIES - 1));
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
        boolean exists = frames.exists(mfn);
        ModelUpdates.set(this, TABLE__FRAME_KIND, exists ? frames.kind(mfn) : FrameKind.FREE);
        ModelUpdates.set(this, TABLE__OWNER, exists ? frames.owner(mfn) : FrameStore.NO_OWNER);
        int valid = 0;
        for (int i = 0; i < Lpae.ENTRIES; i++) {
            if (Lpae.isValid(entry(i))) {
                valid++;
            }
        }
        ModelUpdates.set(this, TABLE__VALID_COUNT, valid);
    }

    private void sync() {
        EList<Descriptor> list = super.getDescriptors();
        int at = 0;
        for (int i = 0; i < Lpae.ENTRIES; i++) {
            long raw = entry(i);
            boolean shown = Lpae.isValid(raw) || pinned.get(i);
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

    /** A frame that is gone (its allocation undone by stepping back) reads as zeros, like a free one. */
    private long entry(int index) {
        Mfn mfn = getMfn();
        return frames.exists(mfn) ? frames.peek(mfn, index) : 0L;
    }

    private LiveDescriptor newDescriptor(int index, long raw) {
        long span = entrySpan(getLevel());
        long start = getInputStart() + index * span;
        return new LiveDescriptor(frames, stage, getLevel(), index, start, start + span - 1, raw);
    }
}
