package org.p2mdbg.core.xen.arm.pt;

/** Which xen_pt_update order selection runs: seed 004's RFC, or what was merged in Xen 4.17. */
public enum XenPtVariant {
    RFC("rfc"),
    MERGED("merged");

    private final String scenarioName;

    XenPtVariant(String scenarioName) { this.scenarioName = scenarioName; }

    public String scenarioName() { return scenarioName; }
}
