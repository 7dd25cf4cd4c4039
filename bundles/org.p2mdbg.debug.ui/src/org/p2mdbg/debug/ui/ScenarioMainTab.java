package org.p2mdbg.debug.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.p2mdbg.core.machine.Options;
import org.p2mdbg.debug.launch.ScenarioLaunch;

/**
 * The "Scenario" tab of a P2M Scenario launch: the .p2m file and the option overrides to compare
 * strategies without editing the file (relinquish strategy, preemption policy, xen_pt variant,
 * IOMMU flush strategy). Values are checked by the core's own option parser.
 */
public final class ScenarioMainTab extends AbstractLaunchConfigurationTab {
    /** Option name → the choices offered; "" keeps the scenario's own setting. */
    static final Map<String, String[]> CHOICES = new LinkedHashMap<>();
    static {
        CHOICES.put("relinquish", new String[] {"", "legacy", "lookup", "remove"});
        CHOICES.put("preempt", new String[] {"", "never", "always", "every:2", "every:512", "at:1"});
        CHOICES.put("xen-pt", new String[] {"", "rfc", "merged"});
        CHOICES.put("iommu-flush", new String[] {"", "per-page", "accumulate", "caller"});
    }

    private Text file;
    private final Map<String, Combo> options = new LinkedHashMap<>();

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(3, false));
        new Label(c, SWT.NONE).setText("Scenario file (.p2m):");
        file = new Text(c, SWT.BORDER);
        file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        file.addModifyListener(e -> changed());
        Button browse = new Button(c, SWT.PUSH);
        browse.setText("Browse…");
        browse.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(getShell(), SWT.OPEN);
            d.setFilterExtensions(new String[] {"*.p2m", "*"});
            String chosen = d.open();
            if (chosen != null) {
                file.setText(chosen);
            }
        });
        for (Map.Entry<String, String[]> option : CHOICES.entrySet()) {
            new Label(c, SWT.NONE).setText("option " + option.getKey() + ":");
            Combo combo = new Combo(c, SWT.DROP_DOWN);
            combo.setItems(option.getValue());
            combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            combo.addModifyListener(e -> changed());
            options.put(option.getKey(), combo);
        }
        Label rule = new Label(c, SWT.WRAP);
        rule.setText("An option left empty runs as Window → Preferences → P2M Debugger chooses, or, where that is"
                + " empty too, as the scenario's own option line says.");
        GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
        wide.widthHint = 400;
        rule.setLayoutData(wide);
        setControl(c);
    }

    private void changed() {
        setDirty(true);
        updateLaunchConfigurationDialog();
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(ScenarioLaunch.ATTR_FILE, "");
        configuration.setAttribute(ScenarioLaunch.ATTR_OPTIONS, Map.of());
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        try {
            file.setText(configuration.getAttribute(ScenarioLaunch.ATTR_FILE, ""));
            Map<String, String> set = configuration.getAttribute(ScenarioLaunch.ATTR_OPTIONS, Map.of());
            options.forEach((name, combo) -> combo.setText(set.getOrDefault(name, "")));
        } catch (CoreException e) {
            setErrorMessage(e.getMessage());
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(ScenarioLaunch.ATTR_FILE, file.getText().trim());
        configuration.setAttribute(ScenarioLaunch.ATTR_OPTIONS, chosenOptions());
    }

    private Map<String, String> chosenOptions() {
        Map<String, String> out = new LinkedHashMap<>();
        options.forEach((name, combo) -> {
            if (!combo.getText().isBlank()) {
                out.put(name, combo.getText().trim());
            }
        });
        return out;
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        setErrorMessage(null);
        String f = file.getText().trim();
        if (f.isEmpty() || !Files.isRegularFile(Path.of(f))) {
            setErrorMessage("Choose an existing scenario file (.p2m)");
            return false;
        }
        Options probe = new Options();
        for (Map.Entry<String, String> o : chosenOptions().entrySet()) {
            try {
                probe.set(o.getKey(), o.getValue());
            } catch (IllegalArgumentException e) {
                setErrorMessage(e.getMessage());
                return false;
            }
        }
        return true;
    }

    @Override
    public String getName() { return "Scenario"; }
}
