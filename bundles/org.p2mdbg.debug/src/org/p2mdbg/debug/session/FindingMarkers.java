package org.p2mdbg.debug.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.p2mdbg.core.check.Finding;
import org.p2mdbg.core.scenario.RunResult;
import org.p2mdbg.core.scenario.ast.SourcePos;
import org.p2mdbg.core.store.SessionFormat;

/**
 * Publishes a session's findings as problem markers on its scenario file when the file is in the
 * workspace: one marker per finding, on the line of the statement whose operation proves it (the
 * operation of the finding's event). A new session of the file replaces them; they stay after the
 * session ends, so they can still be read, and the scenario editor removes them once the text no
 * longer is the one that ran ({@link #SCENARIO_HASH}).
 */
public final class FindingMarkers implements SessionListener {
    public static final String TYPE = "org.p2mdbg.debug.finding";
    /** The rule's name, e.g. LEAKED_REFERENCE. */
    public static final String RULE = "org.p2mdbg.debug.rule";
    /** The proving event, as a decimal string (marker attributes hold no long). */
    public static final String EVENT = "org.p2mdbg.debug.event";
    /** {@link String#hashCode()} of the scenario text the session ran. */
    public static final String SCENARIO_HASH = "org.p2mdbg.debug.scenarioHash";

    @Override
    public void sessionChanged(P2mSession session) {
        IFile file = session == null ? null : workspaceScenario(session.file());
        if (file == null) {
            return;
        }
        String text;
        try {
            text = Files.readString(session.file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return;   // the file went away since the run: there is no line left to mark
        }
        List<Map<String, Object>> markers = attributes(session.result(), text);
        WorkspaceJob job = new WorkspaceJob("Findings of " + file.getName()) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                if (file.exists()) {
                    file.getWorkspace().run(m -> {
                        file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
                        for (Map<String, Object> attributes : markers) {
                            file.createMarker(TYPE, attributes);
                        }
                    }, file, IWorkspace.AVOID_UPDATE, monitor);
                }
                return Status.OK_STATUS;
            }
        };
        job.setRule(file);
        job.setSystem(true);
        job.schedule();
    }

    /** The markers of a run's findings, given the text of its scenario. */
    public static List<Map<String, Object>> attributes(RunResult result, String text) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Finding f : result.findings()) {
            SourcePos pos = result.sourceOf(f.event());
            // a finding outside every operation (none today) belongs to the last statement that ran
            int line = pos != null ? pos.line() : result.scenario().statements().get(Math.max(0, result.statementsRun() - 1)).pos().line();
            Map<String, Object> a = new HashMap<>();
            a.put(IMarker.SEVERITY, IMarker.SEVERITY_WARNING);
            a.put(IMarker.MESSAGE, f.rule() + ": " + f.message() + " (event " + f.event() + ")");
            a.put(IMarker.LINE_NUMBER, line);
            a.put(IMarker.SOURCE_ID, "P2M Debugger");
            a.put(RULE, f.rule().name());
            a.put(EVENT, Long.toString(f.event()));
            a.put(SCENARIO_HASH, text.hashCode());
            int start = SourceLines.lineStart(text, line);
            if (start >= 0) {
                a.put(IMarker.CHAR_START, start);
                a.put(IMarker.CHAR_END, SourceLines.statementEnd(text, start));
            }
            out.add(a);
        }
        return out;
    }

    /** Whether a session ran the scenario in {@code file}. */
    public static boolean isSessionOf(P2mSession session, Path file) {
        return session != null && session.file() != null && file != null
                && session.file().toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize());
    }

    /** The workspace file of a scenario (not a saved .p2mt session), or null. */
    public static IFile workspaceScenario(Path file) {
        if (file == null || file.getFileName().toString().endsWith(SessionFormat.EXTENSION)) {
            return null;
        }
        try {
            IFile found = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(
                    org.eclipse.core.runtime.Path.fromOSString(file.toAbsolutePath().normalize().toString()));
            return found != null && found.exists() ? found : null;
        } catch (IllegalStateException noWorkspace) {
            return null;   // a headless run without a workspace has nowhere to put markers
        }
    }
}
