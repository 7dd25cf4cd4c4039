package org.p2mdbg.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionOpener;
import org.p2mdbg.ui.P2mPerspective;

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

    /** Where screenshots go: the folder named by p2mdbg.screenshots.docs (the README's docs/) when set, else target/screenshots. */
    static Path screenshotFolder() {
        String docs = System.getProperty("p2mdbg.screenshots.docs", "");
        return Path.of(docs.isBlank() ? System.getProperty("p2mdbg.screenshots", "target/screenshots") : docs);
    }

    /** Writes what the workbench window shows into a PNG. */
    static void screenshot(Path png) throws IOException {
        Display display = Display.getCurrent();
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        settle(400);
        Rectangle b = shell.getBounds();
        Image image = new Image(display, b.width, b.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, b.x, b.y);
        } finally {
            gc.dispose();
        }
        try {
            Files.createDirectories(png.getParent());
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            loader.save(png.toString(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
    }
}
