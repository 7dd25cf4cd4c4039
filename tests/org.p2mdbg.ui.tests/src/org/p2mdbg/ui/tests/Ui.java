package org.p2mdbg.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.p2mdbg.debug.session.P2mSession;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.IDebugView;
import org.eclipse.jface.viewers.TreeViewer;
import org.p2mdbg.debug.session.SessionOpener;
import org.p2mdbg.ui.P2mPerspective;
import org.p2mdbg.ui.ShellScreenshot;

/** What the UI tests share: the perspective, the examples, waiting for the UI, screenshots. */
final class Ui {
    static final Path EXAMPLES = Path.of("../../examples");

    private Ui() {}

    static IWorkbenchPage perspective() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        try {
            PlatformUI.getWorkbench().showPerspective(P2mPerspective.ID, window);
        } catch (org.eclipse.ui.WorkbenchException e) {
            throw new IllegalStateException(e);
        }
        return window.getActivePage();
    }

    static Path example(String name) { return EXAMPLES.resolve(name + ".p2m"); }

    /** Opens an example as the current session (on the UI thread, so every view has shown it on return). */
    static P2mSession open(String example) {
        try {
            P2mSession s = SessionOpener.open(example(example), Map.of());
            processEvents();
            return s;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T extends IViewPart> T show(IWorkbenchPage page, String id, Class<T> type) {
        try {
            T view = type.cast(page.showView(id));
            processEvents();
            return view;
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    static void processEvents() {
        Display d = Display.getCurrent();
        while (d.readAndDispatch()) {
            // run what is queued
        }
    }

    static void waitFor(BooleanSupplier condition) {
        Display d = Display.getCurrent();
        long end = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!d.readAndDispatch()) {
                d.timerExec(20, () -> { });
                d.sleep();
            }
        }
        assertTrue(condition.getAsBoolean(), "timed out waiting for the UI");
    }

    /** Lets the UI settle for a while (layouts, paints, post-selection delays). */
    static void settle(int millis) {
        Display d = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!d.readAndDispatch()) {
                d.timerExec(20, () -> { });
                d.sleep();
            }
        }
    }

    /** Copies an example into the workspace project "scenarios" (made if missing), as a user's own file would be. */
    static IFile workspaceExample(String name) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("scenarios");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile(name + ".p2m");
        file.create(new ByteArrayInputStream(Files.readAllBytes(example(name))), true, null);
        return file;
    }

    /**
     * Terminates every launch and removes it from the Debug view, so a test's rows (and its
     * continuations' labels) cannot be mistaken for the next test's.
     */
    static void endLaunches() throws Exception {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        for (ILaunch l : manager.getLaunches()) {
            l.terminate();
        }
        manager.removeLaunches(manager.getLaunches());
        settle(100);
    }

    /** Deletes the project of {@link #workspaceExample}, if any. */
    static void deleteWorkspaceExamples() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("scenarios");
        if (project.exists()) {
            project.delete(true, true, null);
        }
    }

    /**
     * Clicks the Debug view's row whose label starts with {@code label} (a thread) and opens it, as a
     * user does: the row becomes the debug context the run commands act on.
     */
    static void selectInDebugView(IWorkbenchPage page, String label) {
        Tree tree = ((TreeViewer) ((IDebugView) page.findView(IDebugUIConstants.ID_DEBUG_VIEW)).getViewer()).getTree();
        waitFor(() -> row(tree.getItems(), label) != null);
        TreeItem item = row(tree.getItems(), label);
        tree.setSelection(item);
        Event click = new Event();
        click.item = item;
        tree.notifyListeners(SWT.Selection, click);
        tree.notifyListeners(SWT.Expand, click);
        item.setExpanded(true);
        settle(300);
    }

    private static TreeItem row(TreeItem[] items, String label) {
        for (TreeItem item : items) {
            if (item.getText().startsWith(label)) {
                return item;
            }
            TreeItem below = item.getExpanded() ? row(item.getItems(), label) : null;
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    /** Where screenshots go: the folder named by p2mdbg.screenshots.docs (the README's docs/) when set, else target/screenshots. */
    static Path screenshotDir() {
        String docs = System.getProperty("p2mdbg.screenshots.docs", "");
        return Path.of(docs.isBlank() ? System.getProperty("p2mdbg.screenshots", "target/screenshots") : docs);
    }

    /** Writes what the workbench window shows into a PNG. */
    static void screenshot(Path png) throws IOException {
        settle(400);
        ShellScreenshot.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), png);
    }

    /** Opens the Problems view's groups, as a click on each group's arrow would (the view has no API for it). */
    static void expandProblems() {
        Ui.settle(500);
        Tree tree = problemsTree(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        assertTrue(tree != null, "the Problems view's tree");
        for (TreeItem item : tree.getItems()) {
            Event click = new Event();
            click.item = item;
            tree.notifyListeners(SWT.Expand, click);
            item.setExpanded(true);
        }
    }

    /** The tree whose first column is the Problems view's "Description". */
    private static Tree problemsTree(Control c) {
        if (c instanceof Tree t && t.getColumnCount() > 0 && t.getColumn(0).getText().equals("Description")) {
            return t;
        }
        if (c instanceof Composite parent) {
            for (Control child : parent.getChildren()) {
                Tree found = problemsTree(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The view maximised, written as {@code png} (into docs/ with -Dp2mdbg.screenshots.docs), then restored and closed. */
    static void maximisedScreenshot(IWorkbenchPage page, IViewPart view, String png) throws IOException {
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        Path dir = screenshotDir();
        screenshot(dir.resolve(png));
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        assertTrue(Files.size(dir.resolve(png)) > 5_000);
        page.hideView(view);
    }
}
