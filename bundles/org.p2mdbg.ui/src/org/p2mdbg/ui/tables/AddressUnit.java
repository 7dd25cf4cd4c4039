package org.p2mdbg.ui.tables;

import org.p2mdbg.core.mem.Mfn;

/** How an address is given: a frame number (guest or DMA frame) or a byte address (IPA, VA or IOVA). */
public enum AddressUnit {
    GFN, IPA, VA, DFN, IOVA;

    /** The input frame number (GFN, VFN or DFN) of a value given in this unit. */
    public long frameOf(long value) { return this == GFN || this == DFN ? value : value >>> Mfn.PAGE_SHIFT; }
}
