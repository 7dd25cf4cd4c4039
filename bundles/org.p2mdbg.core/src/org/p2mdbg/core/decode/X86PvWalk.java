package org.p2mdbg.core.decode;

import java.util.ArrayList;
import java.util.List;

import org.p2mdbg.core.format.x86.X86Pte;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.walk.TableReader;
import org.p2mdbg.core.walk.WalkStep;

/**
 * The 4-level walk an x86-64 CPU makes through a PV guest's tables (the pgd a CR3 names), read
 * through one port and without tracing: PML4 down to the PT, stopping at a not-present entry or at a
 * 2 MiB / 1 GiB page.
 */
public final class X86PvWalk {
    private X86PvWalk() {}

    public static DecodedWalk of(String title, TableReader reader, Mfn pgd, long va) {
        long vfn = va >>> 12;
        List<WalkStep> steps = new ArrayList<>(4);
        Mfn table = pgd;
        for (int level = 4; level >= 1; level--) {
            int index = X86Pte.offset(vfn, level);
            long e = reader.read(table, index);
            steps.add(new WalkStep(level, table, index, e));
            if (!X86Pte.isPresent(e)) {
                break;
            }
            if (level == 1 || X86Pte.isLarge(e, level)) {
                long within = vfn & ((1L << (9 * (level - 1))) - 1);
                return DecodedWalks.ofSteps(title, X86PteFormat.INSTANCE, steps, X86Pte.mfn(e).add(within));
            }
            table = X86Pte.mfn(e);
        }
        return DecodedWalks.ofSteps(title, X86PteFormat.INSTANCE, steps, Mfn.INVALID);
    }

    /** The walk of a user address of a PV guest's process, titled with the address. */
    public static DecodedWalk ofUserAddress(String guest, TableReader reader, Mfn pgd, long va) {
        return of(guest + " VA " + Hex.of(va) + " (x86-64 PV, pgd " + Hex.of(pgd.value()) + ")", reader, pgd, va);
    }
}
