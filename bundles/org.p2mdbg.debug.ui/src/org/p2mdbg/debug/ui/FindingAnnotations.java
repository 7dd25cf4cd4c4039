package org.p2mdbg.debug.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Display;
import org.p2mdbg.debug.session.FindingMarkers;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionListener;
import org.p2mdbg.debug.session.SessionManager;

/**
 * A session's findings as warning annotations in the editor of a scenario that is not in the
 * workspace (opened from the file system, it has no resource to carry markers): the same text and
 * lines as {@link FindingMarkers}, shown in the ruler and overview, dropped at the first edit.
 */
final class FindingAnnotations implements SessionListener, IDocumentListener {
    static final String TYPE = "org.eclipse.ui.workbench.texteditor.warning";

    private final ISourceViewer viewer;
    private final Path file;
    private Annotation[] shown = new Annotation[0];

    private FindingAnnotations(ISourceViewer viewer, Path file) {
        this.viewer = viewer;
        this.file = file;
    }

    /** Shows the findings of the current and later sessions of {@code file} in the viewer until {@link #dispose}. */
    static FindingAnnotations attach(ISourceViewer viewer, Path file) {
        FindingAnnotations a = new FindingAnnotations(viewer, file);
        SessionManager.get().addListener(a);
        viewer.getDocument().addDocumentListener(a);
        a.sessionChanged(SessionManager.get().current());
        return a;
    }

    void dispose() {
        SessionManager.get().removeListener(this);
        IDocument document = viewer.getDocument();
        if (document != null) {
            document.removeDocumentListener(this);
        }
    }

    @Override
    public void sessionChanged(P2mSession session) {
        if (!FindingMarkers.isSessionOf(session, file)) {
            return;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return;
        }
        List<Map<String, Object>> findings = FindingMarkers.attributes(session.result(), text);
        Display.getDefault().asyncExec(() -> show(findings, text));
    }

    private void show(List<Map<String, Object>> findings, String ranText) {
        IAnnotationModel model = viewer.getAnnotationModel();
        if (!(model instanceof IAnnotationModelExtension extension) || viewer.getDocument() == null) {
            return;
        }
        Map<Annotation, Position> added = new HashMap<>();
        if (viewer.getDocument().get().equals(ranText)) {   // an editor already changed shows none
            for (Map<String, Object> f : findings) {
                int start = (Integer) f.getOrDefault(IMarker.CHAR_START, 0);
                int end = (Integer) f.getOrDefault(IMarker.CHAR_END, start);
                added.put(new Annotation(TYPE, false, (String) f.get(IMarker.MESSAGE)), new Position(start, end - start));
            }
        }
        extension.replaceAnnotations(shown, added);
        shown = added.keySet().toArray(Annotation[]::new);
    }

    @Override public void documentAboutToBeChanged(DocumentEvent event) { }

    @Override
    public void documentChanged(DocumentEvent event) {
        if (shown.length > 0 && viewer.getAnnotationModel() instanceof IAnnotationModelExtension extension) {
            extension.replaceAnnotations(shown, Map.of());
            shown = new Annotation[0];
        }
    }
}
