package org.p2mdbg.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.p2mdbg.debug.session.FindingMarkers;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionManager;
import org.p2mdbg.debug.session.SessionOpener;

/**
 * A session's findings as markers on its scenario (docs/view-finding-markers.png): one per finding,
 * on the line of the statement whose operation proves it, replaced by the next run, offering the
 * jump to the proving event as a quick fix, and gone once the text is edited; for a scenario
 * outside the workspace, the same findings as annotations of its editor.
 */
class FindingMarkersTest {
    @AfterEach
    void cleanUp() throws Exception {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        Ui.deleteWorkspaceExamples();
    }

    @Test
    void findingsOnTheirStatementsLines() throws Exception {
        IWorkbenchPage page = Ui.perspective();
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1400, 860);
        IFile file = Ui.workspaceExample("seed000-access-after-relinquish");
        Path location = file.getLocation().toPath();
        IEditorPart editor = IDE.openEditor(page, file);

        P2mSession session = SessionOpener.open(location, Map.of());
        Ui.waitFor(() -> markers(file).length == 5);
        // `p2mdbg run` of the example: the unmap on line 15 and the map on line 16 read relinquished
        // entries and drop dom0's references a second time, freeing pages dom0 still maps
        assertEquals(List.of(
                "15 RELINQUISHED_ENTRY_ACCESS 138", "15 STALE_TLB 142", "15 USE_AFTER_FREE 142",
                "16 RELINQUISHED_ENTRY_ACCESS 149", "16 USE_AFTER_FREE 155"), summary(file));

        IMarker unmap = marker(file, "138");
        String source = Files.readString(location);
        int start = source.indexOf("unmap guest gfn=0x40001 nr=1");
        assertEquals(start, unmap.getAttribute(IMarker.CHAR_START, -1));
        assertEquals(start + "unmap guest gfn=0x40001 nr=1".length(), unmap.getAttribute(IMarker.CHAR_END, -1), "the statement, not its comment");
        assertEquals(IMarker.SEVERITY_WARNING, unmap.getAttribute(IMarker.SEVERITY, -1));
        assertTrue(unmap.isSubtypeOf(IMarker.PROBLEM), "listed in the Problems view");
        assertTrue(unmap.getAttribute(IMarker.MESSAGE, "").startsWith("RELINQUISHED_ENTRY_ACCESS: event 138 (operation 5, unmap guest gfn=0x40001 nr=1) read"),
                unmap.getAttribute(IMarker.MESSAGE, ""));
        assertTrue(unmap.getAttribute(IMarker.MESSAGE, "").endsWith("(event 138)"));

        // the quick fix jumps the session to the proving event (standing on it: the cursor is past it)
        IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker(file, "155"));
        assertEquals(1, fixes.length);
        assertEquals("Jump the debugger to event 155, which proves USE_AFTER_FREE", fixes[0].getLabel());
        fixes[0].run(marker(file, "155"));
        assertEquals(156, session.position());

        page.showView(IPageLayout.ID_PROBLEM_VIEW);
        Ui.expandProblems();
        page.activate(editor);
        ((ITextEditor) editor).selectAndReveal(start, 0);
        Path png = Ui.screenshotDir().resolve("view-finding-markers.png");
        Ui.screenshot(png);
        assertTrue(Files.size(png) > 10_000);

        // a second run of the file replaces its markers rather than adding to them
        P2mSession again = SessionOpener.open(location, Map.of());
        assertEquals(again, SessionManager.get().current());
        Ui.settle(300);
        Ui.waitFor(() -> markers(file).length == 5);
        Ui.settle(300);
        assertEquals(5, markers(file).length);

        // once the text is no longer the one that ran, its lines may be the wrong ones: the markers go
        IDocument document = ((ITextEditor) editor).getDocumentProvider().getDocument(editor.getEditorInput());
        document.replace(source.indexOf("teardown guest"), 0, "\n");
        Ui.waitFor(() -> markers(file).length == 0);
    }

    @Test
    void findingsAsAnnotationsOutsideTheWorkspace() throws Exception {
        IWorkbenchPage page = Ui.perspective();
        Path dir = Files.createTempDirectory("p2mdbg-outside");
        Path scenario = Files.copy(Ui.example("seed000-access-after-relinquish"), dir.resolve("outside.p2m"));
        IEditorPart editor = IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(scenario.toUri()));
        ITextEditor text = (ITextEditor) editor;
        IAnnotationModel model = text.getDocumentProvider().getAnnotationModel(editor.getEditorInput());

        SessionOpener.open(scenario, Map.of());
        Ui.waitFor(() -> warnings(model).size() == 5);
        String source = Files.readString(scenario);
        int unmap = source.indexOf("unmap guest gfn=0x40001 nr=1");
        List<String> onUnmap = warnings(model).entrySet().stream()
                .filter(e -> e.getValue().getOffset() == unmap && e.getValue().getLength() == "unmap guest gfn=0x40001 nr=1".length())
                .map(e -> e.getKey().getText().substring(0, e.getKey().getText().indexOf(':'))).sorted().toList();
        assertEquals(List.of("RELINQUISHED_ENTRY_ACCESS", "STALE_TLB", "USE_AFTER_FREE"), onUnmap);

        IDocument document = text.getDocumentProvider().getDocument(editor.getEditorInput());
        document.replace(source.indexOf("teardown guest"), 0, "\n");
        Ui.waitFor(() -> warnings(model).isEmpty());
        page.closeAllEditors(false);
        Files.delete(scenario);
        Files.delete(dir);
    }

    private static Map<Annotation, Position> warnings(IAnnotationModel model) {
        Map<Annotation, Position> out = new HashMap<>();
        model.getAnnotationIterator().forEachRemaining(a -> {
            if (a.getType().equals("org.eclipse.ui.workbench.texteditor.warning")) {
                out.put(a, model.getPosition(a));
            }
        });
        return out;
    }

    private static List<String> summary(IFile file) {
        return Arrays.stream(markers(file))
                .map(m -> m.getAttribute(IMarker.LINE_NUMBER, -1) + " " + m.getAttribute(FindingMarkers.RULE, "") + " " + m.getAttribute(FindingMarkers.EVENT, ""))
                .sorted((a, b) -> {
                    String[] x = a.split(" ");
                    String[] y = b.split(" ");
                    int c = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
                    c = c != 0 ? c : Long.compare(Long.parseLong(x[2]), Long.parseLong(y[2]));
                    return c != 0 ? c : x[1].compareTo(y[1]);
                })
                .toList();
    }

    private static IMarker marker(IFile file, String event) {
        return Arrays.stream(markers(file)).filter(m -> event.equals(m.getAttribute(FindingMarkers.EVENT, ""))).findFirst().orElseThrow();
    }

    private static IMarker[] markers(IFile file) {
        try {
            return file.findMarkers(FindingMarkers.TYPE, false, IResource.DEPTH_ZERO);
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
