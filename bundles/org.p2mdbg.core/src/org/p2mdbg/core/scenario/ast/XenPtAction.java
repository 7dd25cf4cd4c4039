package org.p2mdbg.core.scenario.ast;

/** The Xen functions behind {@code xen-pt}, all of them xen_pt_update with different arguments. */
public enum XenPtAction {
    /** map_pages_to_xen(virt, mfn, nr, flags). */
    MAP("map"),
    /** destroy_xen_mappings(virt, virt + nr pages). */
    REMOVE("remove"),
    /** modify_xen_mappings(virt, virt + nr pages, flags). */
    MODIFY("modify"),
    /** populate_pt_range(virt, nr): the tables only. */
    POPULATE("populate");

    private final String scenarioName;

    XenPtAction(String scenarioName) { this.scenarioName = scenarioName; }

    public String scenarioName() { return scenarioName; }
}
