package org.p2mdbg.ui;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.p2mdbg.core.decode.DecodedWalk;
import org.p2mdbg.core.decode.DecodedWalks;
import org.p2mdbg.core.decode.GuestFrameWalks;
import org.p2mdbg.core.decode.LpaeFormat;
import org.p2mdbg.core.format.lpae.Stage;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.walk.WalkRequest;
import org.p2mdbg.core.walk.Walker;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionManager;
import org.p2mdbg.model.Domain;
import org.p2mdbg.model.TranslationTables;
import org.p2mdbg.model.live.LiveDomain;
import org.p2mdbg.model.live.LiveMachine;

/**
 * The walk of one input frame through a session's tables (a domain's p2m, Xen's own), made again at
 * every step. A p2m frame brings the walks nested in it or compared with it ({@link GuestFrameWalks}):
 * each device's IOMMU walk of the same frame and Xen's VLPT walk that loads its level-3 entry.
 */
public record TablesWalkTarget(TranslationTables tables, long frame) implements WalkTarget {
    @Override
    public String title() {
        Stage stage = tables.getStage();
        Domain domain = ModelSearch.enclosing(tables, Domain.class);
        String who = domain != null ? domain.getName() : "Xen";
        String space = stage == Stage.STAGE2 ? "IPA" : "VA";
        return who + " " + space + " " + Hex.of(frame << Mfn.PAGE_SHIFT) + " (" + (stage == Stage.STAGE2 ? "stage 2" : "stage 1") + ")";
    }

    @Override
    public List<DecodedWalk> walks() { return frameWalks().walks(); }

    @Override
    public List<String> notes() { return frameWalks().notes(); }

    @Override
    public boolean readsSession() { return true; }

    @Override
    public boolean belongsTo(P2mSession session) { return session != null && EcoreUtil.getRootContainer(tables) == session.model(); }

    private GuestFrameWalks frameWalks() {
        if (!tables.getRootMfn().isValid() || !(EcoreUtil.getRootContainer(tables) instanceof LiveMachine machine)) {
            return new GuestFrameWalks(List.of(), List.of());
        }
        // the model's root is the one at the session's position (the core's P2m object only knows its last one)
        WalkRequest request = new WalkRequest(tables.getRootMfn(), tables.getRootLevel(), tables.getRootPages(), tables.getStage());
        Domain domain = ModelSearch.enclosing(tables, Domain.class);
        if (tables.getStage() == Stage.STAGE2 && domain instanceof LiveDomain live) {
            P2mSession session = SessionManager.get().current();
            return GuestFrameWalks.of(machine.core().frames(), session != null && session.model() == machine ? session.result().systems() : null,
                    live.core(), request, frame);
        }
        return new GuestFrameWalks(List.of(DecodedWalks.of(title(), LpaeFormat.of(tables.getStage()),
                Walker.walk(machine.core().frames()::peek, request, frame))), List.of());
    }
}
