package org.p2mdbg.core.decode;

import java.util.ArrayList;
import java.util.List;

import org.p2mdbg.core.iommu.DeviceContext;
import org.p2mdbg.core.iommu.IommuContexts;
import org.p2mdbg.core.iommu.IommuKind;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.mem.Dfn;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Ipa;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.mem.Va;
import org.p2mdbg.core.scenario.RunSystems;
import org.p2mdbg.core.walk.WalkRequest;
import org.p2mdbg.core.walk.WalkResult;
import org.p2mdbg.core.walk.Walker;
import org.p2mdbg.core.xen.arm32.Arm32XenTables;
import org.p2mdbg.core.xen.arm32.Vlpt;
import org.p2mdbg.core.xen.arm32.VlptLookup;

/**
 * Every walk that reaches one guest frame, as a debugger shows them side by side, all read without
 * tracing: the domain's p2m walk first, then each device's walk of the same frame through its VT-d or
 * AMD-Vi tables (dfn = gfn, as Xen keeps them for a translated domain), and, on arm32 with a prepared
 * VLPT, Xen's stage-1 walk of the window address whose load reads the frame's level-3 p2m entry.
 * {@code notes} say how they relate: agree, disagree, or share the p2m (an SMMU).
 */
public record GuestFrameWalks(List<DecodedWalk> walks, List<String> notes) {
    public GuestFrameWalks {
        walks = List.copyOf(walks);
        notes = List.copyOf(notes);
    }

    /**
     * @param p2m where the domain's p2m walk starts, or null when it is torn down; given by the caller
     *        because a debugger stepping back has the root of its position, not the P2m object's last one
     */
    public static GuestFrameWalks of(FrameStore frames, RunSystems systems, Domain domain, WalkRequest p2m, long gfn) {
        List<DecodedWalk> walks = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String ipa = Hex.of(gfn << Mfn.PAGE_SHIFT);
        Mfn p2mOutput = Mfn.INVALID;
        DecodedWalk p2mWalk = null;
        if (p2m != null) {
            WalkResult walk = Walker.walk(frames::peek, p2m, gfn);
            p2mOutput = walk.output();
            p2mWalk = DecodedWalks.of(domain.name() + " IPA " + ipa + " (p2m, stage 2)", LpaeFormat.STAGE2, walk);
            walks.add(p2mWalk);
        } else {
            notes.add("the p2m of " + domain.name() + " is torn down: it maps nothing");
        }
        if (systems != null && systems.iommus().isPresent()) {
            addDevices(systems.iommus().get(), domain, gfn, p2mOutput, walks, notes);
        }
        if (systems != null && systems.arm32XenTables().isPresent() && systems.vlpt(domain).isPresent()) {
            addVlpt(frames, systems.arm32XenTables().get(), systems.vlpt(domain).get(), gfn, p2mWalk, walks, notes);
        }
        return new GuestFrameWalks(walks, notes);
    }

    private static void addDevices(IommuContexts iommus, Domain domain, long gfn, Mfn p2mOutput, List<DecodedWalk> walks, List<String> notes) {
        for (DeviceContext c : iommus.devices()) {
            if (c.domain() != domain) {
                continue;
            }
            String iova = Hex.of(gfn << Mfn.PAGE_SHIFT);
            if (c.kind() == IommuKind.SMMU) {
                notes.add(c.name() + " sits behind an SMMU, which walks this p2m itself: its IOVA " + iova + " reaches what the p2m walk reaches");
                continue;
            }
            DescriptorFormat format = c.kind() == IommuKind.VTD ? VtdFormat.INSTANCE : AmdViFormat.INSTANCE;
            DecodedWalk w = DecodedWalks.of(c.name() + " IOVA " + iova + " (" + format.formatName() + ")", format,
                    iommus.translate(c.name(), new Dfn(gfn)));
            walks.add(w);
            Mfn device = w.isMapped() ? new Mfn(w.output() >>> Mfn.PAGE_SHIFT) : Mfn.INVALID;
            notes.add(device.equals(p2mOutput)
                    ? c.name() + " and the p2m agree: " + (device.isValid() ? "both reach MFN " + device : "neither maps it")
                    : c.name() + " and the p2m disagree: the device reaches " + (device.isValid() ? "MFN " + device : "nothing")
                            + ", the guest " + (p2mOutput.isValid() ? "MFN " + p2mOutput : "nothing"));
        }
    }

    /** get_vlpt_3lvl_pte's walk, peeked: the traced Vlpt.lookup would record events. */
    private static void addVlpt(FrameStore frames, Arm32XenTables xen, Vlpt vlpt, long gfn, DecodedWalk p2mWalk, List<DecodedWalk> walks,
            List<String> notes) {
        if (vlpt.secondLvlEnd() <= vlpt.secondLvlStart()) {
            return;
        }
        Ipa ipa = new Ipa(gfn << Mfn.PAGE_SHIFT);
        Va va = Vlpt.vlptAddress(ipa);
        WalkResult w = Walker.walk(frames::peek, xen.walkRequest(), va.vfn());
        int index = (int) ((va.value() & (Mfn.PAGE_SIZE - 1)) >>> 3);
        Mfn page = w.isMapped() ? w.output() : Mfn.INVALID;
        long descriptor = page.isValid() && frames.exists(page) ? frames.peek(page, index) : 0L;
        VlptLookup lookup = new VlptLookup(ipa, va, w.steps(), page, w.isMapped() ? index : -1, descriptor);
        DecodedWalk xenWalk = DecodedWalks.of("Xen VA " + va + " (VLPT of IPA " + ipa + ", stage 1)", lookup);
        walks.add(xenWalk);
        DecodedLevel reached = p2mWalk == null ? null : p2mWalk.levelWithEntryAt(xenWalk.output());
        notes.add(lookup.faulted() ? "the VLPT address " + va + " faults in Xen's tables"
                : reached != null ? "the VLPT load reads the p2m's " + reached.levelName() + " entry [" + reached.index() + "]: the right one"
                        : "the VLPT load reads " + AddressSpaceKind.MACHINE.text(page.value() << Mfn.PAGE_SHIFT) + "[" + index
                                + "], not this p2m's level-3 entry of the frame");
    }
}
