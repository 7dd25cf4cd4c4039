package org.p2mdbg.ui;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.p2mdbg.core.walk.WalkRequest;
import org.p2mdbg.core.walk.WalkResult;
import org.p2mdbg.core.walk.Walker;
import org.p2mdbg.model.TranslationTables;
import org.p2mdbg.model.live.LiveMachine;

/**
 * A walk to draw: what is walked (e.g. "guest IPA 0x80000000 (stage 2)"), through which tables,
 * for which input frame. The walk itself is made on request, side-effect free, from the tables as
 * they are at the session's position, so a diagram can follow stepping.
 */
public record WalkTarget(String title, TranslationTables tables, long frame) {
    /** The walk at the current state, or null when the tables have no root here (not made yet, or torn down). */
    public WalkResult walk() {
        if (!tables.getRootMfn().isValid() || !(EcoreUtil.getRootContainer(tables) instanceof LiveMachine machine)) {
            return null;
        }
        WalkRequest request = new WalkRequest(tables.getRootMfn(), tables.getRootLevel(), tables.getRootPages(), tables.getStage());
        return Walker.walk(machine.core().frames()::peek, request, frame);
    }
}
