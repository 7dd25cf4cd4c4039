package org.p2mdbg.rcp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.IntConsumer;

import org.eclipse.swt.widgets.Display;

import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionManager;
import org.p2mdbg.model.Descriptor;
import org.p2mdbg.model.DescriptorKind;
import org.p2mdbg.ui.ModelSearch;
import org.p2mdbg.ui.ShellScreenshot;
import org.p2mdbg.ui.tables.PageTablesView;

/**
 * The product's self-check, used by the test command: once the example session is on screen it
 * verifies the Page Tables view shows the example domain, saves a screenshot of the window, writes
 * its verdict and closes the workbench with status 0 (shown) or 1 (not shown within the time limit).
 */
final class SelfTest {
    private static final int ATTEMPTS = 120;     // 120 x 250 ms: 30 s for the session to appear
    private final IWorkbench workbench;
    private final Path dir;
    private final IntConsumer exit;
    private int attempt;

    SelfTest(IWorkbench workbench, Path dir, IntConsumer exit) {
        this.workbench = workbench;
        this.dir = dir;
        this.exit = exit;
    }

    void schedule() { workbench.getDisplay().timerExec(250, this::check); }

    private void check() {
        String shown = PageTablesView.describeShownContent(workbench);
        if (shown == null && ++attempt < ATTEMPTS) {
            schedule();
            return;
        }
        if (shown != null) {
            selectFirstBlock();
            // the walk diagram and the Properties view follow the selection after a short delay
            workbench.getDisplay().timerExec(1500, () -> finish(shown));
        } else {
            finish(null);
        }
    }

    /** Selects the first superpage descriptor, so the screenshot shows its fields and its walk. */
    private void selectFirstBlock() {
        IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
        P2mSession session = SessionManager.get().current();
        if (!(page.findView(PageTablesView.ID) instanceof PageTablesView view) || session == null) {
            return;
        }
        page.activate(view);
        Descriptor block = ModelSearch.firstOfKind(session.model(), DescriptorKind.BLOCK);
        if (block != null) {
            view.reveal(block);
        }
    }

    private void finish(String shown) {
        int code = shown == null ? 1 : 0;
        String verdict = shown == null ? "FAIL: the Page Tables view showed no session" : "OK " + shown;
        try {
            Files.createDirectories(dir);
            if (code == 0) {
                screenshot(dir.resolve("product.png"));
            }
            writeAtomically(dir.resolve("selftest.txt"), verdict + "\n");
        } catch (IOException | RuntimeException e) {
            code = 1;
            System.err.println("self-test could not write its results: " + e.getMessage());
        }
        exit.accept(code);
        workbench.close();
    }

    private void screenshot(Path png) throws IOException {
        Display display = workbench.getDisplay();
        while (display.readAndDispatch()) {
            // let the window finish painting before copying it
        }
        ShellScreenshot.save(workbench.getActiveWorkbenchWindow().getShell(), png);
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
