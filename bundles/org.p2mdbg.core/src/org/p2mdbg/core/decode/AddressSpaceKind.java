package org.p2mdbg.core.decode;

import org.p2mdbg.core.mem.Hex;

/** Which physical addresses a walk's tables and output are: the host's machine frames, or a dumped guest's memory. */
public enum AddressSpaceKind {
    /** Host machine addresses, spoken of as frames (MFN), as Xen does. */
    MACHINE,
    /** The guest-physical addresses of a dump (a guest's PA, which its hypervisor calls IPA or GFN). */
    GUEST_PHYSICAL;

    /** An address as this space spells it: "MFN 0x40002" for a page-aligned machine address, "PA 0x7123" otherwise. */
    public String text(long address) {
        if (this == MACHINE && (address & 0xfff) == 0) {
            return "MFN " + Hex.of(address >>> 12);
        }
        return (this == MACHINE ? "MA " : "PA ") + Hex.of(address);
    }
}
