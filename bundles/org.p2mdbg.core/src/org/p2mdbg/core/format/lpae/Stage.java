package org.p2mdbg.core.format.lpae;

/** Which translation regime a VMSAv8-64 descriptor belongs to: its upper and lower attributes differ. */
public enum Stage {
    /** A hypervisor or guest stage-1 table (VA to PA / IPA). */
    STAGE1,
    /** A p2m: stage-2 table (IPA to PA). */
    STAGE2
}
