package org.p2mdbg.core.decode;

import java.util.ArrayList;
import java.util.List;

import org.p2mdbg.core.dump.PagingFormat;
import org.p2mdbg.core.dump.Translation;
import org.p2mdbg.core.dump.TranslationStep;
import org.p2mdbg.core.iommu.IommuTranslation;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.walk.WalkResult;
import org.p2mdbg.core.walk.WalkStep;
import org.p2mdbg.core.xen.arm32.VlptLookup;

/** Makes the format-neutral {@link DecodedWalk} from each walker's own result. */
public final class DecodedWalks {
    private DecodedWalks() {}

    /** An LPAE walk of the emulated machine (a p2m, Xen's tables). */
    public static DecodedWalk of(String title, DescriptorFormat format, WalkResult walk) {
        return ofSteps(title, format, walk.steps(), walk.output());
    }

    /** A device's walk of its VT-d or AMD-Vi tables. */
    public static DecodedWalk of(String title, DescriptorFormat format, IommuTranslation walk) {
        return ofSteps(title, format, walk.steps(), walk.mfn());
    }

    /**
     * The hypervisor's stage-1 walk of a VLPT address: it ends in the page that holds the gfn's
     * level-3 p2m entry, so its output is that entry's machine address, not a frame.
     */
    public static DecodedWalk of(String title, VlptLookup lookup) {
        List<DecodedLevel> levels = levels(LpaeFormat.STAGE1, lookup.walk());
        if (lookup.faulted()) {
            return faulted(title, LpaeFormat.STAGE1, AddressSpaceKind.MACHINE, levels);
        }
        long entry = (lookup.frame().value() << 12) + 8L * lookup.index();
        return new DecodedWalk(title, LpaeFormat.STAGE1, AddressSpaceKind.MACHINE, levels, entry, 8,
                "loads the p2m entry at " + AddressSpaceKind.MACHINE.text(lookup.frame().value() << 12) + "[" + lookup.index() + "] = "
                        + String.format("0x%016x", lookup.descriptor()));
    }

    /** A dumped guest's walk of one virtual address. */
    public static DecodedWalk of(String title, PagingDescriptorFormat format, Translation t) {
        List<DecodedLevel> levels = new ArrayList<>(t.steps().size());
        for (TranslationStep s : t.steps()) {
            levels.add(new DecodedLevel(s.level(), format.levelName(s.level()), s.table().value(), s.index(), s.descriptor(),
                    format.role(s.descriptor(), s.level()), s.kind(), s.fields()));
        }
        if (!t.isMapped()) {
            return new DecodedWalk(title, format, AddressSpaceKind.GUEST_PHYSICAL, levels, -1,
                    levels.isEmpty() ? 0 : 1L << format.entryShift(levels.get(levels.size() - 1).level()),
                    t.fault().kind() + ": " + t.fault().message());
        }
        return new DecodedWalk(title, format, AddressSpaceKind.GUEST_PHYSICAL, levels, t.pa().value(), t.pageSize(),
                "PA " + Hex.of(t.pa().value()) + ", " + size(t.pageSize()) + " mapping at PA " + Hex.of(t.page().value()) + " ("
                        + t.attributes().flags() + ")");
    }

    /** Wraps a dump's own paging format for the format-neutral view. */
    public static PagingDescriptorFormat format(String name, PagingFormat paging) { return new PagingDescriptorFormat(name, paging); }

    static DecodedWalk ofSteps(String title, DescriptorFormat format, List<WalkStep> steps, Mfn output) {
        List<DecodedLevel> levels = levels(format, steps);
        if (!output.isValid() || levels.isEmpty()) {
            return faulted(title, format, AddressSpaceKind.MACHINE, levels);
        }
        DecodedLevel last = levels.get(levels.size() - 1);
        long size = 1L << format.entryShift(last.level());
        return new DecodedWalk(title, format, AddressSpaceKind.MACHINE, levels, output.value() << 12, size,
                AddressSpaceKind.MACHINE.text(output.value() << 12) + ", " + size(size) + " mapping");
    }

    private static List<DecodedLevel> levels(DescriptorFormat format, List<WalkStep> steps) {
        List<DecodedLevel> levels = new ArrayList<>(steps.size());
        for (WalkStep s : steps) {
            levels.add(DecodedLevel.read(format, s.level(), s.table().value() << 12, s.index(), s.descriptor()));
        }
        return levels;
    }

    private static DecodedWalk faulted(String title, DescriptorFormat format, AddressSpaceKind space, List<DecodedLevel> levels) {
        if (levels.isEmpty()) {
            return new DecodedWalk(title, format, space, levels, -1, 0, "no tables: nothing is mapped");
        }
        DecodedLevel last = levels.get(levels.size() - 1);
        return new DecodedWalk(title, format, space, levels, -1, 1L << format.entryShift(last.level()),
                "translation fault at " + last.levelName() + "[" + last.index() + "]: " + last.kind());
    }

    /** Sizes as page sizes are spoken of: "4 KiB", "2 MiB", "1 GiB". */
    public static String size(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
        int u = 0;
        long b = bytes;
        while (u < units.length - 1 && b != 0 && (b & 1023) == 0) {
            b >>>= 10;
            u++;
        }
        return Long.toUnsignedString(b) + " " + units[u];
    }
}
