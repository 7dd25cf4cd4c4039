package org.p2mdbg.model.live;

import static org.p2mdbg.model.P2mPackage.Literals.P2M__LOWEST_MAPPED_GFN;
import static org.p2mdbg.model.P2mPackage.Literals.P2M__MAX_MAPPED_GFN;

import org.p2mdbg.core.format.lpae.Stage;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.xen.arm.P2m;
import org.p2mdbg.model.impl.P2mImpl;

/** A domain's stage-2 p2m, backed by the core's {@link P2m}; its root tables open lazily. */
public final class LiveP2m extends P2mImpl {
    private final P2m core;
    /** p2m->root as it was while the p2m lived: p2m_teardown forgets it, stepping back needs it. */
    private Mfn root = Mfn.INVALID;

    LiveP2m(P2m core) {
        this.core = core;
        setStage(Stage.STAGE2);
        setRootLevel(core.rootLevel());
        setRootPages(core.rootPages());
        refresh();
    }

    public P2m core() { return core; }

    /**
     * Takes the p2m's current state. lowest_mapped_gfn and max_mapped_gfn are the core's current
     * values: the core does not journal them, so they do not follow the trace cursor.
     */
    public void refresh() {
        if (core.root().isValid()) {
            root = core.root();
        } else if (!root.isValid()) {
            Mfn allocated = DomainHistory.p2mRootAllocation(core.domain().machine().trace(), core.domain().id());
            root = allocated == null ? Mfn.INVALID : allocated;
        }
        ModelUpdates.set(this, P2M__LOWEST_MAPPED_GFN, core.lowestMappedGfn());
        ModelUpdates.set(this, P2M__MAX_MAPPED_GFN, core.maxMappedGfn());
        RootTables.sync(this, TableSource.of(core.domain().machine().frames(), DescriptorFormat.LPAE_STAGE2), root, FrameKind.P2M_TABLE, core.domain().id());
    }
}
