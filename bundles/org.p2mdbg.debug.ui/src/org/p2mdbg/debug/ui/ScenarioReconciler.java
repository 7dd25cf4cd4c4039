package org.p2mdbg.debug.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.p2mdbg.core.scenario.ScenarioException;
import org.p2mdbg.core.scenario.ScenarioParser;
import org.p2mdbg.debug.session.FindingMarkers;
import org.p2mdbg.debug.session.SourceLines;

/**
 * Parses the scenario being edited (in the background, after typing pauses) with the same parser
 * the runs use, and shows its error as a problem marker at the line and word it names. Removes the
 * markers of a run's findings once the text is no longer the one that ran.
 */
public final class ScenarioReconciler extends MonoReconciler {
    static final String MARKER = "org.p2mdbg.debug.ui.scenarioProblem";

    public ScenarioReconciler() {
        super(new Strategy(), false);
    }

    /** Findings shown as annotations, for a scenario outside the workspace; null otherwise. */
    private FindingAnnotations annotations;

    @Override
    public void install(ITextViewer viewer) {
        ((Strategy) getReconcilingStrategy(IDocument.DEFAULT_CONTENT_TYPE)).document = viewer.getDocument();
        super.install(viewer);
        // the editor gives the viewer its document after installing us
        viewer.addTextInputListener(new ITextInputListener() {
            @Override public void inputDocumentAboutToBeChanged(IDocument old, IDocument next) { detachAnnotations(); }

            @Override public void inputDocumentChanged(IDocument old, IDocument next) { attachAnnotations(viewer, next); }
        });
        attachAnnotations(viewer, viewer.getDocument());
    }

    @Override
    public void uninstall() {
        detachAnnotations();
        super.uninstall();
    }

    private void attachAnnotations(ITextViewer viewer, IDocument document) {
        detachAnnotations();
        ITextFileBuffer buffer = document == null ? null : FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
        Path file = buffer == null ? null : localFile(buffer);
        if (file != null && FindingMarkers.workspaceScenario(file) == null && viewer instanceof ISourceViewer source) {
            annotations = FindingAnnotations.attach(source, file);
        }
    }

    private void detachAnnotations() {
        if (annotations != null) {
            annotations.dispose();
            annotations = null;
        }
    }

    /** The file a buffer shows on the local disk: its workspace location, or the file it was opened from. */
    private static Path localFile(ITextFileBuffer buffer) {
        try {
            File f = buffer.getFileStore().toLocalFile(EFS.NONE, null);
            return f == null ? null : f.toPath();
        } catch (CoreException e) {
            return null;
        }
    }

    /** The marker of a parse error: its message (file:line:col), its line, and the word it names, underlined. */
    static Map<String, Object> problem(String text, ScenarioException e) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
        attributes.put(IMarker.MESSAGE, e.getMessage());
        attributes.put(IMarker.LINE_NUMBER, Math.max(1, e.line()));
        int start = SourceLines.lineStart(text, e.line());
        if (start >= 0) {
            start = Math.min(text.length(), start + Math.max(0, e.column() - 1));
            int end = start;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            attributes.put(IMarker.CHAR_START, start);
            attributes.put(IMarker.CHAR_END, end);
        }
        return attributes;
    }

    /** A run's findings name the lines of the text that ran; once the text differs they may name the wrong ones. */
    private static void deleteStaleFindings(IFile file, String text) throws CoreException {
        for (IMarker m : file.findMarkers(FindingMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
            if (m.getAttribute(FindingMarkers.SCENARIO_HASH, 0) != text.hashCode()) {
                m.delete();
            }
        }
    }

    private static final class Strategy implements IReconcilingStrategy {
        IDocument document;

        @Override public void setDocument(IDocument d) { document = d; }

        @Override public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) { reconcile(subRegion); }

        @Override
        public void reconcile(IRegion partition) {
            ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
            IFile file = buffer == null ? null
                    : ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
            if (file == null || !file.exists()) {
                return;
            }
            String text = document.get();
            try {
                // one workspace operation: the Problems view never sees the old marker gone and the new one half made
                ResourcesPlugin.getWorkspace().run(monitor -> {
                    file.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
                    deleteStaleFindings(file, text);
                    try {
                        ScenarioParser.parse(file.getName(), text);
                    } catch (ScenarioException e) {
                        file.createMarker(MARKER, problem(text, e));
                    }
                }, file, IWorkspace.AVOID_UPDATE, null);
            } catch (CoreException e) {
                Platform.getLog(ScenarioReconciler.class).log(e.getStatus());
            }
        }
    }
}
