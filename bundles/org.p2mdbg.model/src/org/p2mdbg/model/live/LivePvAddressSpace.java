package org.p2mdbg.model.live;

import static org.p2mdbg.model.P2mPackage.Literals.PV_ADDRESS_SPACE__CPUMASK;
import static org.p2mdbg.model.P2mPackage.Literals.PV_ADDRESS_SPACE__CR3_CPUS;
import static org.p2mdbg.model.P2mPackage.Literals.PV_ADDRESS_SPACE__CR3_CPU_LIST;
import static org.p2mdbg.model.P2mPackage.Literals.PV_ADDRESS_SPACE__LINUX_PINNED;
import static org.p2mdbg.model.P2mPackage.Literals.PV_ADDRESS_SPACE__PGD_TYPE;
import static org.p2mdbg.model.P2mPackage.Literals.PV_ADDRESS_SPACE__PINNED;
import static org.p2mdbg.model.P2mPackage.Literals.TRANSLATION_TABLES__ROOT_MFN;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.p2mdbg.core.format.lpae.Stage;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.x86pv.PageType;
import org.p2mdbg.core.x86pv.PageTypeInfo;
import org.p2mdbg.core.x86pv.PvAddressSpace;
import org.p2mdbg.model.Table;
import org.p2mdbg.model.impl.PvAddressSpaceImpl;

/**
 * A PV guest process's address space, backed by the core's {@link PvAddressSpace}: the pgd and the
 * user pgd as root tables of x86-64 entries opened lazily, each table showing the type word Xen keeps
 * for its frame, and the pgd's pin state and the vCPUs that hold it in CR3, all read from the frame
 * store and registers at the trace position.
 */
public final class LivePvAddressSpace extends PvAddressSpaceImpl {
    /** x86-64 4-level paging: the L4 is the root. */
    private static final int ROOT_LEVEL = 4;

    private final PvAddressSpace core;
    private final FrameStore frames;
    private final TableSource source;

    LivePvAddressSpace(PvAddressSpace core) {
        this.core = core;
        this.frames = core.domain().machine().frames();
        this.source = new TableSource(frames, DescriptorFormat.X86_64, this::pageType);
        setStage(Stage.STAGE1);
        setRootLevel(ROOT_LEVEL);
        setRootPages(1);
        setSwapperPgDirMfn(core.swapperPgDir());
        setPgdMfn(core.pgd());
        setUserPgdMfn(core.userPgd());
        refresh();
    }

    public PvAddressSpace core() { return core; }

    /** True while the trace position has the mm: pgd_alloc has run and not been stepped back over. */
    boolean exists() { return isTable(core.pgd()); }

    void refresh() {
        boolean live = exists();
        PageTypeInfo pgd = live ? core.typeInfo(core.pgd()) : PageTypeInfo.UNTYPED;
        ModelUpdates.set(this, TRANSLATION_TABLES__ROOT_MFN, live ? core.pgd() : Mfn.INVALID);
        ModelUpdates.set(this, PV_ADDRESS_SPACE__PGD_TYPE, live ? pgd.toString() : "");
        ModelUpdates.set(this, PV_ADDRESS_SPACE__PINNED, pgd.xenPinned());
        ModelUpdates.set(this, PV_ADDRESS_SPACE__LINUX_PINNED, pgd.linuxPinned());
        ModelUpdates.set(this, PV_ADDRESS_SPACE__CPUMASK, live ? core.cpumask() : 0L);
        List<String> cpus = new ArrayList<>();
        for (int v = 0; live && v < core.domain().vcpus(); v++) {
            if (core.cr3(v).equals(core.pgd())) {
                cpus.add(Integer.toString(v));
            }
        }
        ModelUpdates.set(this, PV_ADDRESS_SPACE__CR3_CPUS, cpus.size());
        ModelUpdates.set(this, PV_ADDRESS_SPACE__CR3_CPU_LIST, cpus.isEmpty() ? "none" : String.join(", ", cpus));
        EList<Table> tables = getTables();
        if (!live) {
            tables.clear();
        } else if (tables.isEmpty()) {
            tables.add(new LiveTable(source, core.pgd(), ROOT_LEVEL, 0));
            tables.add(new LiveTable(source, core.userPgd(), ROOT_LEVEL, 0));
        } else {
            for (Table t : tables) {
                ((LiveTable) t).refresh();
            }
        }
    }

    private boolean isTable(Mfn mfn) { return frames.exists(mfn) && frames.kind(mfn) == FrameKind.PV_PAGE_TABLE; }

    /** Xen's type word of a table frame ("L1x1 pinned"), "" for a frame with no type. */
    private String pageType(Mfn mfn) {
        PageTypeInfo info = isTable(mfn) ? core.typeInfo(mfn) : PageTypeInfo.UNTYPED;
        return info.type() == PageType.NONE && info.count() == 0 && !info.linuxPinned() ? "" : info.toString();
    }
}
