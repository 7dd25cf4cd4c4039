package org.p2mdbg.core.scenario.ast;

/**
 * The arm32 VLPT steps of seed 001: prepare_vlpt, restore_vlpt on a switch, get_vlpt_3lvl_pte, and the
 * dirty-page write fault that uses it.
 */
public enum VlptAction {
    PREPARE("prepare"), SWITCH("switch"), LOOKUP("lookup"), FAULT("fault");

    private final String scenarioName;

    VlptAction(String scenarioName) { this.scenarioName = scenarioName; }

    public String scenarioName() { return scenarioName; }

    /** Lookup and fault name the guest address they use. */
    public boolean takesIpa() { return this == LOOKUP || this == FAULT; }
}
