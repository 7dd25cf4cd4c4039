package org.p2mdbg.core.xen.arm;

import org.p2mdbg.core.machine.Arch;

/**
 * The stage-2 geometry setup_virt_paging picks from the physical address size (Xen 4.8
 * pa_range_info): the IPA bits the p2m covers, the root level and how many concatenated pages
 * the root is made of. Arm32 always uses a 40-bit IPA with a 2-page level-1 root.
 */
public record VirtPaging(int ipaBits, int rootLevel, int rootOrder) {
    public int rootPages() { return 1 << rootOrder; }

    public static VirtPaging of(Arch arch, int paBits) {
        if (arch == Arch.ARM32) {
            if (paBits != 40) {
                throw new IllegalArgumentException("arm32 p2ms always cover 40 IPA bits, not " + paBits);
            }
            return new VirtPaging(40, 1, 1);
        }
        if (arch != Arch.ARM64) {
            throw new IllegalArgumentException(arch.scenarioName() + " has no Arm stage-2 p2m");
        }
        // { pabits, t0sz, root_order, sl0 }: ipa bits = 64 - t0sz, root level = 2 - sl0
        return switch (paBits) {
            case 32 -> new VirtPaging(32, 1, 0);
            case 36 -> new VirtPaging(36, 1, 0);
            case 40 -> new VirtPaging(40, 1, 1);
            case 42 -> new VirtPaging(40, 1, 1);   // t0sz clamped to 24: a 42-bit PA gives a 40-bit IPA
            case 44 -> new VirtPaging(44, 0, 0);
            case 48 -> new VirtPaging(48, 0, 0);
            default -> throw new IllegalArgumentException("unsupported arm64 ipa=" + paBits + " (expected 32, 36, 40, 42, 44 or 48)");
        };
    }
}
