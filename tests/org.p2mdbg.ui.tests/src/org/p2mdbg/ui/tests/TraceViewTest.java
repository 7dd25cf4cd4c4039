package org.p2mdbg.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionManager;
import org.p2mdbg.debug.session.SessionOpener;
import org.p2mdbg.ui.trace.TraceView;

/** The Trace view: every event in a virtual table, its filters, the highlighted current event, jumps. */
class TraceViewTest {
    private IWorkbenchPage page;
    private TraceView view;

    @BeforeEach
    void openPerspective() {
        page = Ui.perspective();
        view = Ui.show(page, TraceView.ID, TraceView.class);
    }

    @AfterEach
    void closeSession() { SessionManager.get().setCurrent(null); }

    @Test
    void everyEventIsARowWithItsOperandsDecoded() {
        P2mSession session = Ui.open("seed000-relinquish-remove");
        Trace trace = session.trace();
        assertEquals(trace.size(), view.rowCount());
        assertEquals(Math.min(view.pageRows(), trace.size()), view.viewer().getTable().getItemCount(),
                "the table holds only the rows that fit, rebound to the list as it scrolls");
        assertTrue(view.pageRows() > 1 && view.pageRows() < 200, "rows that fit: " + view.pageRows());
        String[] first = view.rowText(0);
        assertEquals("OPERATION_START", first[2]);
        assertTrue(first[4].startsWith("operation 0: create domain dom0"), first[4]);
    }

    @Test
    void theKindFilterListsOnlyWritesAndShowsOldAndNew() {
        P2mSession session = Ui.open("seed000-relinquish-remove");
        Trace trace = session.trace();
        long writes = 0;
        for (long e = 0; e < trace.size(); e++) {
            writes += trace.kind(e) == EventKind.PTE_WRITE ? 1 : 0;
        }
        view.showKind(EventKind.PTE_WRITE);
        assertEquals(writes, view.rowCount());
        int last = view.rowCount() - 1;
        assertEquals(EventKind.PTE_WRITE, trace.kind(view.eventAt(last)));
        String operands = view.rowText(last)[4];
        assertTrue(operands.matches("table 0x[0-9a-f]+\\[\\d+\\]: 0x[0-9a-f]+ \\(.*\\) → 0x[0-9a-f]+ \\(.*\\)"), operands);
    }

    @Test
    void operationAndDomainFiltersNarrowTheRows() {
        P2mSession session = Ui.open("seed000-relinquish-remove");
        Trace trace = session.trace();
        view.showOperation(2);
        assertEquals(trace.operationEnd(2) - trace.operationStart(2), view.rowCount());
        assertEquals(trace.operationStart(2), view.eventAt(0));
        view.showOperation(-1);
        view.showDomain(0);
        long dom0Events = 0;
        for (int op = 0; op < trace.operationCount(); op++) {
            if (trace.operationName(op).contains("dom0") && !trace.operationName(op).contains("foreign=dom0")) {
                dom0Events += trace.operationEnd(op) - trace.operationStart(op);
            }
        }
        assertEquals(dom0Events, view.rowCount(), "create domain dom0 and populate dom0");
    }

    @Test
    void aDoubleClickedRowBecomesTheCurrentEventAndIsHighlighted() {
        P2mSession session = Ui.open("thin-slice");
        view.showKind(EventKind.PTE_WRITE);
        long event = view.eventAt(1);
        view.goToRow(1);
        Ui.processEvents();
        assertEquals(event + 1, session.position(), "the machine shows the event's effect");
        assertEquals(new RGB(255, 236, 139), view.viewer().getTable().getItem(view.tableRowOf(1)).getBackground(0).getRGB());
        assertNotEquals(new RGB(255, 236, 139), view.viewer().getTable().getItem(view.tableRowOf(0)).getBackground(0).getRGB());
    }

    @Test
    void aTraceOfTwoMillionEventsIsListedWithoutMakingItsRows() throws Exception {
        Path big = Files.createTempFile("two-million-events", ".p2m");
        Files.writeString(big, String.join("\n", "machine arm64 ipa=40", "domain dom0 id=0", "domain guest id=1",
                "populate dom0 gfn=0x100000 nr=0x20000", "map guest gfn=0x200000 nr=0x20000 foreign=dom0:0x100000", ""));
        P2mSession session = SessionOpener.open(big, Map.of());
        Ui.processEvents();
        Files.delete(big);
        assertTrue(session.trace().size() > 1_900_000, "131072 foreign mappings, about 15 events each");
        assertEquals(session.trace().size(), view.rowCount());
        long refs = 0;
        for (long e = 0; e < session.trace().size(); e++) {
            refs += session.trace().kind(e) == EventKind.REF_GET ? 1 : 0;
        }
        view.showKind(EventKind.REF_GET);
        assertTrue(refs >= 0x20000, "each foreign mapping takes a reference on a dom0 page");
        assertEquals(refs, view.rowCount());
        view.goToRow(view.rowCount() - 1);
        Ui.processEvents();
        assertEquals(EventKind.REF_GET, session.trace().kind(session.position() - 1));
        assertEquals(view.pageRows() - 1, view.tableRowOf(view.rowCount() - 1), "scrolled to the end: the current event is the last row");
        long listing = System.nanoTime();
        view.showKind(null);
        listing = System.nanoTime() - listing;
        long scrolling = System.nanoTime();
        view.scrollTo(1_000_000);
        String[] middle = view.rowText(1_000_000);
        scrolling = System.nanoTime() - scrolling;
        System.out.printf("Trace view: %d events listed in %d ms, scrolled to row 1000000 in %d ms (%d table rows)%n",
                view.rowCount(), listing / 1_000_000, scrolling / 1_000_000, view.viewer().getTable().getItemCount());
        assertEquals(1_000_000, view.firstShownRow(), "one scrollable list of every event, no windows");
        assertEquals("1000000", middle[0]);
        assertEquals(session.trace().kind(1_000_000).name(), middle[2]);
        assertEquals(view.pageRows(), view.viewer().getTable().getItemCount());
        view.goToRow(0);
        Ui.processEvents();
        assertEquals(1, session.position(), "back to the first event, undoing two million");
    }

    @Test
    void theTimelineJumpsToAnOperation() {
        P2mSession session = Ui.open("seed000-relinquish-remove");
        Trace trace = session.trace();
        int widest = 0;
        for (int op = 0; op < trace.operationCount(); op++) {
            if (trace.operationEnd(op) - trace.operationStart(op) > trace.operationEnd(widest) - trace.operationStart(widest)) {
                widest = op;
            }
        }
        int op = view.timelineOperationAt(view.timelineXOf((trace.operationStart(widest) + trace.operationEnd(widest)) / 2));
        assertEquals(widest, op, "the middle of the widest bar is that operation");
        view.goToOperation(op);
        Ui.processEvents();
        assertEquals(trace.operationStart(op) + 1, session.position());
        assertEquals(trace.operationStart(op), view.eventAt(view.rowOf(trace.operationStart(op))));
    }
}
