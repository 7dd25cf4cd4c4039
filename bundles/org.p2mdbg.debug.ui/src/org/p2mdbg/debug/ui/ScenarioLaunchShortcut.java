package org.p2mdbg.debug.ui;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PlatformUI;
import org.p2mdbg.debug.launch.ScenarioLaunch;

/** Run As / Debug As → P2M Scenario on a .p2m file: reuses the file's configuration or makes one. */
public final class ScenarioLaunchShortcut implements ILaunchShortcut {
    @Override
    public void launch(ISelection selection, String mode) {
        if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof IFile f) {
            launch(f, mode);
        }
    }

    /** From the scenario editor: a workspace file, or a file opened with File → Open File… (the product has no workspace projects). */
    @Override
    public void launch(IEditorPart editor, String mode) {
        if (editor.getEditorInput() instanceof IFileEditorInput in) {
            launch(in.getFile(), mode);
        } else if (editor.getEditorInput() instanceof IURIEditorInput in && "file".equals(in.getURI().getScheme())) {
            launch(Path.of(in.getURI()), mode);
        }
    }

    private static void launch(IFile file, String mode) { launch(Path.of(file.getLocation().toOSString()), mode); }

    private static void launch(Path scenario, String mode) {
        try {
            DebugUITools.launch(configurationFor(scenario), mode);
        } catch (CoreException e) {
            ErrorDialog.openError(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                    "P2M Scenario", "Cannot launch " + scenario.getFileName(), e.getStatus());
        }
    }

    static ILaunchConfiguration configurationFor(Path scenario) throws CoreException {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(ScenarioLaunch.TYPE_ID);
        String path = scenario.toAbsolutePath().toString();
        for (ILaunchConfiguration c : manager.getLaunchConfigurations(type)) {
            if (path.equals(c.getAttribute(ScenarioLaunch.ATTR_FILE, ""))) {
                return c;
            }
        }
        ILaunchConfigurationWorkingCopy wc = type.newInstance(null,
                manager.generateLaunchConfigurationName(scenario.getFileName().toString()));
        wc.setAttribute(ScenarioLaunch.ATTR_FILE, path);
        wc.setAttribute(ScenarioLaunch.ATTR_OPTIONS, Map.of());
        return wc.doSave();
    }
}
