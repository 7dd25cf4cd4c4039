package org.p2mdbg.debug.launch;

/** The attributes of a "P2M Scenario" launch configuration. */
public final class ScenarioLaunch {
    private ScenarioLaunch() {}

    public static final String TYPE_ID = "org.p2mdbg.debug.scenario";
    /** Absolute path of the .p2m file (String). */
    public static final String ATTR_FILE = "org.p2mdbg.debug.file";
    /** Option overrides, NAME → VALUE (Map&lt;String,String&gt;), e.g. relinquish → lookup. */
    public static final String ATTR_OPTIONS = "org.p2mdbg.debug.options";
}
