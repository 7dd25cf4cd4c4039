package org.p2mdbg.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.p2mdbg.core.machine.RelinquishStrategy;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionManager;
import org.p2mdbg.rcp.WelcomeView;
import org.p2mdbg.ui.open.OpenScenarioJob;
import org.p2mdbg.ui.open.ScenarioOptions;

/** What the product adds around the views: the welcome page, opening scenarios in Jobs, preferences. */
class ProductTest {
    private IWorkbenchPage page;

    @BeforeEach
    void openPerspective() { page = Ui.perspective(); }

    @AfterEach
    void reset() throws Exception {
        SessionManager.get().setCurrent(null);
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(ScenarioOptions.NODE);
        prefs.clear();
        prefs.flush();
    }

    @Test
    void theWelcomePageOpensAnExampleWithOneClick() {
        WelcomeView welcome = Ui.show(page, WelcomeView.ID, WelcomeView.class);
        assertTrue(welcome.exampleNames().containsAll(java.util.List.of("thin-slice", "seed000-relinquish-lookup",
                "seed004-block-order-rfc")), welcome.exampleNames().toString());
        welcome.openExample("seed004-block-order-rfc");
        Ui.waitFor(() -> SessionManager.get().current() != null);
        assertEquals("seed004-block-order-rfc.p2m", SessionManager.get().current().name());
        page.hideView(welcome);
    }

    @Test
    void aBadScenarioIsReportedInADialogAndLeavesTheSessionAlone() throws Exception {
        P2mSession before = Ui.open("thin-slice");
        Path bad = Files.createTempFile("bad", ".p2m");
        Files.writeString(bad, "machine arm64 ipa=40\nfrobnicate guest\n");
        String[] dialog = new String[1];
        closeErrorDialogs(dialog);
        OpenScenarioJob job = new OpenScenarioJob(bad, Map.of());
        job.schedule();
        Ui.waitFor(() -> job.getResult() != null && dialog[0] != null);
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        assertTrue(dialog[0].startsWith("Cannot open bad"), dialog[0]);
        assertEquals(before, SessionManager.get().current());
        Files.delete(bad);
    }

    @Test
    void preferredVariantsOverrideTheScenariosOptions() throws Exception {
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(ScenarioOptions.NODE);
        assertEquals(Map.of(), ScenarioOptions.overrides(), "by default every scenario runs as written");
        prefs.put(ScenarioOptions.RELINQUISH, "remove");
        prefs.put(ScenarioOptions.PREEMPT, "never");
        assertEquals(Map.of("relinquish", "remove", "preempt", "never"), ScenarioOptions.overrides());
        OpenScenarioJob job = new OpenScenarioJob(Ui.example("seed000-relinquish-lookup"));
        job.schedule();
        job.join();
        assertEquals(IStatus.OK, job.getResult().getSeverity());
        P2mSession session = SessionManager.get().current();
        assertEquals(RelinquishStrategy.REMOVE, session.machine().options().relinquish(), "the file says lookup");
        assertTrue(session.trace().operationName(session.trace().operationCount() - 1).contains("teardown"));
    }

    @Test
    void fileOpenScenarioIsACommand() {
        Command open = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand("org.p2mdbg.ui.openScenario");
        assertTrue(open.isDefined());
        assertTrue(open.isHandled());
    }

    /** Closes error dialogs as they open (they would wait for a click), noting the title of the first. */
    private static void closeErrorDialogs(String[] title) {
        Display d = Display.getCurrent();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell s : d.getShells()) {
                if (s.isVisible() && s.getText().startsWith("Cannot open")) {
                    title[0] = title[0] == null ? s.getText() : title[0];
                    s.close();
                }
            }
            if (title[0] == null) {
                d.timerExec(50, poll[0]);
            }
        };
        d.timerExec(50, poll[0]);
    }
}
