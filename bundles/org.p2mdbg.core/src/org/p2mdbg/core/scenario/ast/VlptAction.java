package org.p2mdbg.core.scenario.ast;

/** The three arm32 VLPT steps of seed 001: prepare_vlpt, restore_vlpt on a switch, get_vlpt_3lvl_pte. */
public enum VlptAction {
    PREPARE("prepare"), SWITCH("switch"), LOOKUP("lookup");

    private final String scenarioName;

    VlptAction(String scenarioName) { this.scenarioName = scenarioName; }

    public String scenarioName() { return scenarioName; }
}
