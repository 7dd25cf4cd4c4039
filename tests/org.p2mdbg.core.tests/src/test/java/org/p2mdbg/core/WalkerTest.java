package org.p2mdbg.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.format.lpae.Stage;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.walk.WalkRequest;
import org.p2mdbg.core.walk.WalkResult;
import org.p2mdbg.core.walk.Walker;

class WalkerTest {
    @Test void secondRootPageServesGfnsAboveTwoToThe27() {
        FrameStore s = new FrameStore(0x1000, 64);
        Mfn root = s.tryAllocateContiguous(2, FrameKind.P2M_TABLE, 1);
        WalkRequest r = new WalkRequest(root, 1, 2, Stage.STAGE2);
        assertEquals(root.add(1), Walker.rootPage(r, 1L << 27));
        WalkResult w = Walker.walk(s::peek, r, 1L << 27);
        assertFalse(w.isMapped());
        assertEquals(1, w.faultLevel());
        assertEquals(18, w.order());
    }
}
