package org.p2mdbg.ui;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.p2mdbg.core.decode.DecodedWalk;
import org.p2mdbg.core.decode.X86PvWalk;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.model.Domain;
import org.p2mdbg.model.PvAddressSpace;
import org.p2mdbg.model.live.LiveMachine;

/**
 * The x86-64 walk of one virtual address of a PV guest's process, from one of its two roots (the
 * pgd, or the user pgd a 64-bit PV mm runs user mode on), made again at every step: after the mm's
 * exit there is nothing to walk.
 */
public record PvWalkTarget(PvAddressSpace space, Mfn pgd, long va) implements WalkTarget {
    @Override
    public String title() {
        return guest() + " VA " + Hex.of(va) + " (x86-64 PV, " + (pgd.equals(space.getUserPgdMfn()) ? "user pgd " : "pgd ") + Hex.of(pgd.value()) + ")";
    }

    @Override
    public List<DecodedWalk> walks() {
        if (!space.getRootMfn().isValid() || !(EcoreUtil.getRootContainer(space) instanceof LiveMachine machine)) {
            return List.of();
        }
        FrameStore frames = machine.core().frames();
        return frames.exists(pgd) ? List.of(X86PvWalk.of(title(), frames::peek, pgd, va)) : List.of();
    }

    @Override
    public boolean readsSession() { return true; }

    @Override
    public boolean belongsTo(P2mSession session) { return session != null && EcoreUtil.getRootContainer(space) == session.model(); }

    private String guest() {
        Domain domain = ModelSearch.enclosing(space, Domain.class);
        return (domain == null ? "PV guest" : domain.getName()) + " process";
    }
}
