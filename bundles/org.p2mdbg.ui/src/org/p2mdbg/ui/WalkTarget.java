package org.p2mdbg.ui;

import java.util.List;

import org.p2mdbg.core.decode.DecodedWalk;
import org.p2mdbg.debug.session.P2mSession;

/**
 * A walk to draw, in any format: what is walked, and the walks themselves, made on request and
 * side-effect free from the tables as they are now, so a diagram can follow stepping. The first walk
 * is the main one; the others are nested in it or compared with it (a device's IOMMU walk of the same
 * frame, Xen's stage-1 walk of the VLPT address that loads the p2m entry). A selection element that
 * is one, or adapts to one (IAdaptable), is drawn by the Walk Diagram.
 */
public interface WalkTarget {
    String title();

    /** The walks now; empty when there is nothing to walk here (tables not made yet, or torn down). */
    List<DecodedWalk> walks();

    /** What the diagram says beside the walks ("nic0 sits behind an SMMU: it walks this p2m itself"). */
    default List<String> notes() { return List.of(); }

    /** Whether this target reads a session's machine, and so is only drawn while that session is the current one. */
    default boolean readsSession() { return false; }

    /** For a target that reads a session's machine: whether it is this session's. */
    default boolean belongsTo(P2mSession session) { return !readsSession(); }
}
