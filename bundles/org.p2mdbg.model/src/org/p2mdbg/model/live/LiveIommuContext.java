package org.p2mdbg.model.live;

import static org.p2mdbg.model.P2mPackage.Literals.IOMMU_CONTEXT__FLUSH_STRATEGY;
import static org.p2mdbg.model.P2mPackage.Literals.IOMMU_CONTEXT__LEVELS;
import static org.p2mdbg.model.P2mPackage.Literals.TRANSLATION_TABLES__ROOT_LEVEL;
import static org.p2mdbg.model.P2mPackage.Literals.TRANSLATION_TABLES__ROOT_MFN;

import java.util.Optional;

import org.eclipse.emf.common.util.EList;
import org.p2mdbg.core.format.lpae.Stage;
import org.p2mdbg.core.iommu.DeviceContext;
import org.p2mdbg.core.iommu.IommuContexts;
import org.p2mdbg.core.iommu.IommuKind;
import org.p2mdbg.core.iommu.IommuRoot;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.model.P2m;
import org.p2mdbg.model.Table;
import org.p2mdbg.model.impl.IommuContextImpl;

/**
 * The translation of one device's DMA: its domain's VT-d or AMD-Vi tables, opened lazily like a
 * p2m's, or (for an SMMU) a reference to the domain's p2m. The root is read from the driver's
 * registers at each refresh, so it follows stepping: AMD-Vi's root moves up a level when
 * update_paging_mode deepens the tables, and it is gone before the first mapping and after
 * iommu_domain_destroy.
 */
public final class LiveIommuContext extends IommuContextImpl {
    private final IommuContexts iommus;
    private final DeviceContext device;
    private final FrameStore frames;

    LiveIommuContext(IommuContexts iommus, DeviceContext device) {
        this.iommus = iommus;
        this.device = device;
        this.frames = iommus.machine().frames();
        setKind(title(device.kind()));
        setSharesP2m(device.kind() == IommuKind.SMMU);
        setStage(Stage.STAGE2);
        setRootPages(1);
        refresh(null);
    }

    public DeviceContext core() { return device; }

    /** The format of the context's own tables (the p2m's, for an SMMU). */
    public DescriptorFormat format() {
        return switch (device.kind()) {
            case VTD -> DescriptorFormat.VTD;
            case AMDVI -> DescriptorFormat.AMDVI;
            case SMMU -> DescriptorFormat.LPAE_STAGE2;
        };
    }

    /** How the IOMMU is named in its manual. */
    static String title(IommuKind kind) {
        return switch (kind) {
            case VTD -> "VT-d";
            case AMDVI -> "AMD-Vi";
            case SMMU -> "SMMU";
        };
    }

    /** Takes the driver's state at the trace position; {@code p2m} is the domain's shown p2m (the SMMU's tables). */
    void refresh(P2m p2m) {
        ModelUpdates.set(this, IOMMU_CONTEXT__FLUSH_STRATEGY, iommus.strategy().scenarioName());
        if (device.kind() == IommuKind.SMMU) {
            if (getSharedP2m() != p2m) {
                setSharedP2m(p2m);
            }
            ModelUpdates.set(this, TRANSLATION_TABLES__ROOT_MFN, p2m == null ? Mfn.INVALID : p2m.getRootMfn());
            ModelUpdates.set(this, TRANSLATION_TABLES__ROOT_LEVEL, p2m == null ? 0 : p2m.getRootLevel());
            ModelUpdates.set(this, IOMMU_CONTEXT__LEVELS, p2m == null ? 0 : 4 - p2m.getRootLevel());
            return;
        }
        Optional<IommuRoot> root = iommus.root(device.domain()).filter(this::isLive);
        Mfn mfn = root.map(IommuRoot::mfn).orElse(Mfn.INVALID);
        int level = root.map(IommuRoot::level).orElse(0);
        ModelUpdates.set(this, TRANSLATION_TABLES__ROOT_MFN, mfn);
        ModelUpdates.set(this, TRANSLATION_TABLES__ROOT_LEVEL, level);
        ModelUpdates.set(this, IOMMU_CONTEXT__LEVELS, level);
        EList<Table> tables = getTables();
        if (root.isEmpty()) {
            tables.clear();
        } else if (tables.size() == 1 && tables.get(0).getMfn().equals(mfn) && tables.get(0).getLevel() == level) {
            ((LiveTable) tables.get(0)).refresh();
        } else {
            tables.clear();
            tables.add(new LiveTable(TableSource.of(frames, format()), mfn, level, 0));
        }
    }

    /** A root the trace's position has: its frame allocated to the domain as an IOMMU table. */
    private boolean isLive(IommuRoot root) {
        Mfn mfn = root.mfn();
        return frames.exists(mfn) && frames.kind(mfn) == FrameKind.IOMMU_TABLE && frames.owner(mfn) == device.domain().id();
    }
}
