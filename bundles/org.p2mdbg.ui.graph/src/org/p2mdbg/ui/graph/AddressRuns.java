package org.p2mdbg.ui.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.format.lpae.Stage;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.walk.WalkRequest;
import org.p2mdbg.core.xen.arm.P2mPte;

/**
 * An input address space cut into runs of one kind, read from the tables as they are in the frame
 * store (peek: reading leaves no trace). Only tables that exist are visited, so a sparse 1 TiB
 * space costs what its tables cost; adjacent entries of one kind merge into one run.
 */
public final class AddressRuns {
    private final FrameStore frames;
    private final Stage stage;
    private final Set<Long> relinquished;
    private final List<AddressRun> runs = new ArrayList<>();

    private AddressRuns(FrameStore frames, Stage stage, Set<Long> relinquished) {
        this.frames = frames;
        this.stage = stage;
        this.relinquished = relinquished;
    }

    /** The runs covering the whole input space of a tree of tables, in address order. */
    public static List<AddressRun> of(FrameStore frames, WalkRequest tables) {
        return of(frames, tables, Set.of());
    }

    /**
     * The same, with the entries in {@code relinquished} (slots: table MFN << 9 | index, pages and
     * blocks) shown as relinquished whether relinquish cleared them or left them in place.
     */
    public static List<AddressRun> of(FrameStore frames, WalkRequest tables, Set<Long> relinquished) {
        AddressRuns out = new AddressRuns(frames, tables.stage(), relinquished);
        long perPage = (long) Lpae.ENTRIES << Lpae.levelOrder(tables.rootLevel());
        for (int p = 0; p < tables.rootPages(); p++) {
            out.visit(tables.root().add(p), tables.rootLevel(), p * perPage);
        }
        return out.runs;
    }

    /** How many input frames a tree of tables translates. */
    public static long spaceFrames(WalkRequest tables) {
        return ((long) Lpae.ENTRIES << Lpae.levelOrder(tables.rootLevel())) * tables.rootPages();
    }

    private void visit(Mfn table, int level, long firstFrame) {
        long span = 1L << Lpae.levelOrder(level);
        for (int i = 0; i < Lpae.ENTRIES; i++) {
            long d = frames.exists(table) ? frames.peek(table, i) : 0L;
            long frame = firstFrame + i * span;
            if (relinquished.contains(table.value() << 9 | i)) {
                add(frame, span, RunKind.RELINQUISHED, Lpae.isMapping(d, level) ? Lpae.mfn(d) : Mfn.INVALID);
            } else if (Lpae.isTable(d, level)) {
                visit(Lpae.mfn(d), level + 1, frame);
            } else if (Lpae.isMapping(d, level) && level > 0) {
                add(frame, span, kindOf(d, level), Lpae.mfn(d));
            } else {
                add(frame, span, RunKind.HOLE, Mfn.INVALID);
            }
        }
    }

    private RunKind kindOf(long d, int level) {
        if (stage == Stage.STAGE2 && P2mPte.type(d).isForeign()) {
            return RunKind.FOREIGN;
        }
        return RunKind.ofOrder(Lpae.levelOrder(level));
    }

    private void add(long frame, long count, RunKind kind, Mfn mfn) {
        int last = runs.size() - 1;
        if (last >= 0 && runs.get(last).kind() == kind && runs.get(last).endFrame() == frame) {
            AddressRun r = runs.get(last);
            runs.set(last, new AddressRun(r.firstFrame(), r.frames() + count, kind, r.firstMfn()));
        } else {
            runs.add(new AddressRun(frame, count, kind, mfn));
        }
    }
}
