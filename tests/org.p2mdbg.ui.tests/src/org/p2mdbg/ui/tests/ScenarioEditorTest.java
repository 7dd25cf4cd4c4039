package org.p2mdbg.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A .p2m file of the workspace in the scenario editor: its statement words, keys, numbers and
 * comments are coloured, a typing error becomes a problem marker with the parser's file:line:col
 * message, and the marker goes once the line is fixed (docs/view-scenario-editor.png).
 */
class ScenarioEditorTest {
    private static final String MARKER = "org.p2mdbg.debug.ui.scenarioProblem";

    @AfterEach
    void cleanUp() throws Exception {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        Ui.deleteWorkspaceExamples();
    }

    @Test
    void colouringAndParserErrorsAsProblemMarkers() throws Exception {
        IWorkbenchPage page = Ui.perspective();
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1400, 860);
        IFile file = Ui.workspaceExample("seed000-relinquish-remove");

        IEditorPart editor = IDE.openEditor(page, file);
        assertEquals("org.eclipse.ui.genericeditor.GenericEditor", editor.getSite().getId());
        StyledText text = ((ITextViewer) editor.getAdapter(ITextOperationTarget.class)).getTextWidget();
        IDocument document = ((ITextEditor) editor).getDocumentProvider().getDocument(editor.getEditorInput());
        String source = document.get();
        Ui.waitFor(() -> text.getStyleRangeAtOffset(0) != null);

        int machine = source.indexOf("machine arm64 ipa=40");
        assertStyle(text, 0, new RGB(63, 127, 95), SWT.ITALIC);                      // "# Seed 000, ..."
        assertStyle(text, machine, new RGB(127, 0, 85), SWT.BOLD);                   // machine
        assertStyle(text, machine + "machine arm64 ".length(), new RGB(0, 0, 192), SWT.NORMAL);      // ipa=
        assertStyle(text, machine + "machine arm64 ipa=".length(), new RGB(125, 60, 0), SWT.NORMAL); // 40
        assertStyle(text, source.indexOf("destroy guest"), new RGB(127, 0, 85), SWT.BOLD);

        // a number that is not one, on line 13
        int nr = source.indexOf("nr=3") + "nr=".length();
        document.replace(nr, 1, "three");
        Ui.waitFor(() -> markers(file).length == 1);
        IMarker problem = markers(file)[0];
        assertEquals("seed000-relinquish-remove.p2m:13:31: expected a number after 'nr=', found 'three'", problem.getAttribute(IMarker.MESSAGE));
        assertEquals(13, problem.getAttribute(IMarker.LINE_NUMBER, -1));
        assertEquals(IMarker.SEVERITY_ERROR, problem.getAttribute(IMarker.SEVERITY, -1));
        assertEquals(nr, problem.getAttribute(IMarker.CHAR_START, -1));   // column 31 names the word, which is underlined
        assertEquals(nr + "three".length(), problem.getAttribute(IMarker.CHAR_END, -1));
        assertTrue(problem.isSubtypeOf(IMarker.PROBLEM), "listed in the Problems view");

        page.showView(IPageLayout.ID_PROBLEM_VIEW);
        Ui.expandProblems();
        page.activate(editor);
        ((ITextEditor) editor).selectAndReveal(nr + "three".length(), 0);
        Path png = Ui.screenshotDir().resolve("view-scenario-editor.png");
        Ui.screenshot(png);
        assertTrue(Files.size(png) > 10_000);

        document.replace(nr, "three".length(), "3");
        Ui.waitFor(() -> markers(file).length == 0);
        assertEquals(source, document.get());
    }

    private static IMarker[] markers(IFile file) {
        try {
            return file.findMarkers(MARKER, true, IResource.DEPTH_ZERO);
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertStyle(StyledText text, int offset, RGB colour, int fontStyle) {
        StyleRange range = text.getStyleRangeAtOffset(offset);
        String at = "'" + text.getText(offset, Math.min(offset + 6, text.getCharCount() - 1)) + "…' at " + offset;
        assertTrue(range != null && range.foreground != null, "no colour at " + at);
        assertEquals(colour, range.foreground.getRGB(), at);
        assertEquals(fontStyle, range.fontStyle, at);
    }
}
