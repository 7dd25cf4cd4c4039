package org.p2mdbg.model.live;

import org.p2mdbg.core.format.lpae.Stage;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.xen.arm.pt.XenPageTables;
import org.p2mdbg.model.impl.XenPageTablesImpl;

/** Xen's own stage-1 tables, backed by the core's {@link XenPageTables}; its root opens lazily. */
public final class LiveXenPageTables extends XenPageTablesImpl {
    private final XenPageTables core;
    private final FrameStore frames;

    LiveXenPageTables(XenPageTables core, FrameStore frames) {
        this.core = core;
        this.frames = frames;
        setStage(Stage.STAGE1);
        setRootLevel(core.rootLevel());
        setRootPages(core.walkRequest().rootPages());
        refresh();
    }

    public XenPageTables core() { return core; }

    public void refresh() {
        RootTables.sync(this, TableSource.of(frames, DescriptorFormat.LPAE_STAGE1), core.root(), FrameKind.XEN_PT_TABLE, FrameStore.DOMID_XEN);
    }
}
