package org.p2mdbg.debug.ui;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.p2mdbg.core.scenario.ScenarioException;
import org.p2mdbg.core.scenario.ScenarioParser;

/**
 * Parses the scenario being edited (in the background, after typing pauses) with the same parser
 * the runs use, and shows its error as a problem marker at the line it names.
 */
public final class ScenarioReconciler extends MonoReconciler {
    static final String MARKER = "org.p2mdbg.debug.ui.scenarioProblem";

    public ScenarioReconciler() {
        super(new Strategy(), false);
    }

    @Override
    public void install(ITextViewer viewer) {
        ((Strategy) getReconcilingStrategy(IDocument.DEFAULT_CONTENT_TYPE)).document = viewer.getDocument();
        super.install(viewer);
    }

    private static final class Strategy implements IReconcilingStrategy {
        IDocument document;

        @Override public void setDocument(IDocument d) { document = d; }

        @Override public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) { reconcile(subRegion); }

        @Override
        public void reconcile(IRegion partition) {
            ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
            IFile file = buffer == null ? null
                    : org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
            if (file == null || !file.exists()) {
                return;
            }
            try {
                file.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
                try {
                    ScenarioParser.parse(file.getName(), document.get());
                } catch (ScenarioException e) {
                    IMarker m = file.createMarker(MARKER);
                    m.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
                    m.setAttribute(IMarker.MESSAGE, e.getMessage());
                    m.setAttribute(IMarker.LINE_NUMBER, Math.max(1, e.line()));
                }
            } catch (CoreException e) {
                Platform.getLog(ScenarioReconciler.class).log(e.getStatus());
            }
        }
    }
}
