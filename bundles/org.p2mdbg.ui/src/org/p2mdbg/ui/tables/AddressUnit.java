package org.p2mdbg.ui.tables;

import org.p2mdbg.core.mem.Mfn;

/** How an address is given: a guest frame number, or a byte address (IPA or VA). */
public enum AddressUnit {
    GFN, IPA, VA;

    /** The input frame number (GFN or VFN) of a value given in this unit. */
    public long frameOf(long value) { return this == GFN ? value : value >>> Mfn.PAGE_SHIFT; }
}
