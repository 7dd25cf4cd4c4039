package org.p2mdbg.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.p2mdbg.core.decode.DecodedWalk;
import org.p2mdbg.core.decode.DecodedWalks;
import org.p2mdbg.core.decode.GuestFrameWalks;
import org.p2mdbg.core.decode.LpaeFormat;
import org.p2mdbg.core.format.lpae.Stage;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.scenario.RunSystems;
import org.p2mdbg.core.walk.WalkRequest;
import org.p2mdbg.core.walk.Walker;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionManager;
import org.p2mdbg.model.Device;
import org.p2mdbg.model.Domain;
import org.p2mdbg.model.IommuContext;
import org.p2mdbg.model.P2m;
import org.p2mdbg.model.TranslationTables;
import org.p2mdbg.model.live.LiveDomain;
import org.p2mdbg.model.live.LiveIommuContext;
import org.p2mdbg.model.live.LiveMachine;

/**
 * The walk of one input frame through a session's tables (a domain's p2m, Xen's own), made again at
 * every step. A p2m frame brings the walks nested in it or compared with it ({@link GuestFrameWalks}):
 * each device's IOMMU walk of the same frame and Xen's VLPT walk that loads its level-3 entry.
 */
public record TablesWalkTarget(TranslationTables tables, long frame) implements WalkTarget {
    @Override
    public String title() {
        if (tables instanceof IommuContext c && c.eContainer() instanceof Device device) {
            return device.getName() + " DFN " + Hex.of(frame) + " (" + c.getKind() + ")";
        }
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
        if (tables instanceof LiveIommuContext c) {
            return deviceWalks(machine, c);
        }
        // the model's root is the one at the session's position (the core's P2m object only knows its last one)
        WalkRequest request = new WalkRequest(tables.getRootMfn(), tables.getRootLevel(), tables.getRootPages(), tables.getStage());
        Domain domain = ModelSearch.enclosing(tables, Domain.class);
        if (tables.getStage() == Stage.STAGE2 && domain instanceof LiveDomain live) {
            return GuestFrameWalks.of(machine.core().frames(), systems(machine), live.core(), request, frame);
        }
        return new GuestFrameWalks(List.of(DecodedWalks.of(title(), LpaeFormat.of(tables.getStage()),
                Walker.walk(machine.core().frames()::peek, request, frame))), List.of());
    }

    /**
     * A device's walk of a DFN (= the GFN, as Xen keeps a translated domain's IOMMU tables) with the
     * p2m walk of the same frame beside it, and the notes on whether they agree: the frame's walks
     * with this device's first.
     */
    private GuestFrameWalks deviceWalks(LiveMachine machine, LiveIommuContext c) {
        Domain domain = c.eContainer() instanceof Device d ? d.getDomain() : null;
        if (!(domain instanceof LiveDomain live)) {
            return new GuestFrameWalks(List.of(), List.of());
        }
        P2m p2m = live.getP2m();
        WalkRequest request = p2m == null || !p2m.getRootMfn().isValid() ? null
                : new WalkRequest(p2m.getRootMfn(), p2m.getRootLevel(), p2m.getRootPages(), p2m.getStage());
        GuestFrameWalks all = GuestFrameWalks.of(machine.core().frames(), systems(machine), live.core(), request, frame);
        String name = c.core().name() + " ";
        List<DecodedWalk> walks = new ArrayList<>(all.walks());
        walks.sort(Comparator.comparing(w -> !w.title().startsWith(name)));
        // a domain without a p2m (an x86 guest of a VT-d scenario) has no guest walk to compare the device's with
        return new GuestFrameWalks(walks, p2m == null ? List.of() : all.notes());
    }

    /** The session's IOMMUs and VLPT, when the machine is the current session's. */
    private static RunSystems systems(LiveMachine machine) {
        P2mSession session = SessionManager.get().current();
        return session != null && session.model() == machine ? session.result().systems() : null;
    }
}
