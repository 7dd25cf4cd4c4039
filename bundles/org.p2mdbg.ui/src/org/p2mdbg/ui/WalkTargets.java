package org.p2mdbg.ui;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.p2mdbg.core.format.lpae.Stage;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.walk.WalkRequest;
import org.p2mdbg.core.walk.Walker;
import org.p2mdbg.model.Descriptor;
import org.p2mdbg.model.Domain;
import org.p2mdbg.model.TranslationTables;
import org.p2mdbg.model.live.LiveMachine;

/**
 * What walk a selected model object stands for: a descriptor stands for the walk of the first
 * address it translates, through the tables it belongs to, read without side effects.
 */
public final class WalkTargets {
    private WalkTargets() {}

    public static WalkTarget of(Object element) {
        if (!(element instanceof Descriptor d)) {
            return null;
        }
        TranslationTables tables = enclosing(d, TranslationTables.class);
        if (!(EcoreUtil.getRootContainer(d) instanceof LiveMachine machine) || tables == null) {
            return null;
        }
        Stage stage = tables.getStage();
        Mfn root = tables.getRootMfn();
        WalkRequest request = new WalkRequest(root, tables.getRootLevel(), tables.getRootPages(), stage);
        long frame = d.getInputStart() >>> Mfn.PAGE_SHIFT;
        Domain domain = enclosing(d, Domain.class);
        String space = stage == Stage.STAGE2 ? "IPA" : "VA";
        String who = domain != null ? domain.getName() : "Xen";
        String title = who + " " + space + " " + Hex.of(d.getInputStart()) + " (" + (stage == Stage.STAGE2 ? "stage 2" : "stage 1") + ")";
        return new WalkTarget(title, Walker.walk(machine.core().frames()::peek, request, frame));
    }

    private static <T> T enclosing(EObject o, Class<T> type) {
        for (EObject e = o; e != null; e = e.eContainer()) {
            if (type.isInstance(e)) {
                return type.cast(e);
            }
        }
        return null;
    }
}
