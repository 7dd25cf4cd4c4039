package org.p2mdbg.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.p2mdbg.core.check.Finding;
import org.p2mdbg.core.store.SessionFiles;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionManager;
import org.p2mdbg.debug.session.SessionOpener;
import org.p2mdbg.ui.save.SaveSessionJob;

/**
 * File → Save Session As…: the IDE's session saved as a .p2mt opens again (loaded, re-run and
 * checked event by event) with the same trace and findings; a cancelled save leaves no file; launch
 * options for a saved session are refused with the reason (FaultInjectionTest saves an injected one).
 */
class SaveSessionTest {
    @Test
    void savedSessionOpensAgainWithTheSameRun() throws Exception {
        Path dir = Files.createTempDirectory("p2mdbg-save");
        P2mSession session = SessionOpener.open(Ui.example("seed000-access-after-relinquish"), Map.of("relinquish", "lookup"));
        assertNull(SaveSessionJob.whyNotSavable(session));
        Path saved = dir.resolve("after-relinquish.p2mt");

        session.seek(100);   // saved from wherever the user stands, not only from the end
        SaveSessionJob job = new SaveSessionJob(session, saved);
        job.schedule();
        job.join();
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        assertTrue(SessionFiles.isSession(saved));

        P2mSession loaded = SessionOpener.open(saved, Map.of());
        assertEquals(loaded, SessionManager.get().current());
        assertEquals(session.trace().size(), loaded.trace().size());
        assertEquals(163, loaded.trace().size());
        assertEquals(Map.of("relinquish", "lookup"), loaded.options());
        assertEquals(rules(session.result().findings()), rules(loaded.result().findings()));
        assertEquals(5, loaded.result().findings().size());

        IllegalArgumentException withOptions = assertThrows(IllegalArgumentException.class,
                () -> SessionOpener.open(saved, Map.of("relinquish", "remove")));
        assertEquals("after-relinquish.p2mt is a saved session: it runs again with the options it was saved with,"
                + " so the launch's options (relinquish=remove) cannot apply; clear them", withOptions.getMessage());

        // cancelled before the first bytes: nothing is left behind, not even the temporary file
        Path cancelled = dir.resolve("cancelled.p2mt");
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        assertThrows(InterruptedIOException.class, () -> SaveSessionJob.save(session, cancelled, monitor));
        assertFalse(Files.exists(cancelled));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("after-relinquish.p2mt"), files.map(p -> p.getFileName().toString()).toList());
        }

        Files.delete(saved);
        Files.delete(dir);
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + "@" + f.event()).toList();
    }
}
