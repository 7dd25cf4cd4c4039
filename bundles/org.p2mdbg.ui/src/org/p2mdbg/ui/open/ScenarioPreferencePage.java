package org.p2mdbg.ui.open;

import java.util.Arrays;
import java.util.stream.Stream;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.p2mdbg.core.machine.Options;
import org.p2mdbg.core.machine.RelinquishStrategy;
import org.p2mdbg.core.xen.arm.pt.XenPtVariant;

/**
 * Window > Preferences > P2M Debugger: which relinquish strategy, preemption policy and xen_pt
 * variant scenarios run with when they are opened, each "as the scenario says" by default. A
 * preemption policy is checked with the core's own option parser before it is kept.
 */
public final class ScenarioPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
    private static final String AS_SCENARIO = "As the scenario says";

    public ScenarioPreferencePage() {
        super(GRID);
        setDescription("Algorithm variants to run opened scenarios with. A choice other than \"" + AS_SCENARIO
                + "\" overrides the scenario's own option statement, so the same scenario can be compared across variants.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, ScenarioOptions.NODE));
    }

    @Override
    protected void createFieldEditors() {
        addField(new ComboFieldEditor(ScenarioOptions.RELINQUISH, "Relinquish strategy (relinquish_p2m_mapping):",
                choices(Arrays.stream(RelinquishStrategy.values()).map(RelinquishStrategy::scenarioName)), getFieldEditorParent()));
        addField(new ComboFieldEditor(ScenarioOptions.XEN_PT, "xen_pt_update variant:",
                choices(Arrays.stream(XenPtVariant.values()).map(XenPtVariant::scenarioName)), getFieldEditorParent()));
        addField(new StringFieldEditor(ScenarioOptions.PREEMPT, "Preemption policy (never, always, every:N, at:N,M; empty: as the scenario says):",
                getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                String v = getStringValue().strip();
                if (v.isEmpty()) {
                    return true;
                }
                try {
                    new Options().set(ScenarioOptions.PREEMPT, v);
                    return true;
                } catch (IllegalArgumentException e) {
                    setErrorMessage(e.getMessage());
                    return false;
                }
            }
        });
    }

    /** Label/value pairs of a combo: "as the scenario says" (no override), then each scenario spelling. */
    private static String[][] choices(Stream<String> names) {
        return Stream.concat(Stream.<String[]>of(new String[] {AS_SCENARIO, ""}), names.map(n -> new String[] {n, n}))
                .toArray(String[][]::new);
    }
}
