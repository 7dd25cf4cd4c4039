package org.p2mdbg.debug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionOpener;
import org.p2mdbg.model.Descriptor;
import org.p2mdbg.model.Domain;
import org.p2mdbg.model.Table;

/**
 * Several threads move one session through the destroy of seed000-relinquish-remove while another
 * walks its model: every read sees a whole move (the model's position is the cursor's, and every
 * descriptor the model shows is the one in memory), and once the movers stop the model equals the core.
 */
class ConcurrentSessionTest {
    private static final int MOVERS = 4;
    private static final int MOVES = 40;

    @Test
    void movesFromManyThreadsNeverInterleaveWithAReader() throws Exception {
        P2mSession session = SessionOpener.open(LaunchingTest.EXAMPLES.resolve("seed000-relinquish-remove.p2m"), Map.of());
        long destroy = session.trace().operationStart(6);
        long size = session.trace().size();
        ExecutorService pool = Executors.newFixedThreadPool(MOVERS + 1);
        AtomicBoolean moving = new AtomicBoolean(true);
        Future<Integer> reader = pool.submit(() -> {
            int reads = 0;
            while (moving.get() || reads == 0) {
                reads += session.read(() -> checkModelEqualsCore(session));
            }
            return reads;
        });
        List<Future<?>> movers = new ArrayList<>();
        for (int m = 0; m < MOVERS; m++) {
            Random random = new Random(m);
            movers.add(pool.submit(() -> {
                for (int i = 0; i < MOVES; i++) {
                    if (i % 2 == 0) {
                        session.seek(destroy + random.nextLong(size - destroy + 1));
                    } else {
                        session.move(p -> p + 1000 - random.nextInt(2000));
                    }
                }
            }));
        }
        for (Future<?> f : movers) {
            f.get(2, TimeUnit.MINUTES);
        }
        moving.set(false);
        int reads = reader.get(1, TimeUnit.MINUTES);
        pool.shutdown();

        assertTrue(reads > 0);
        assertEquals(session.position(), session.model().getPosition());
        assertEquals(session.position(), session.cursor().position());
        assertEquals(1, checkModelEqualsCore(session));
    }

    /** Walks every domain's p2m in the model and compares it with memory; 1 when all agree. */
    private static int checkModelEqualsCore(P2mSession session) {
        assertEquals(session.cursor().position(), session.model().getPosition());
        assertEquals(session.cursor().position(), session.position());
        FrameStore memory = session.machine().frames();
        for (Domain d : session.model().getDomains()) {
            if (d.getP2m() != null) {
                d.getP2m().getTables().forEach(t -> checkTable(memory, t));
            }
        }
        return 1;
    }

    private static void checkTable(FrameStore memory, Table table) {
        for (Descriptor x : table.getDescriptors()) {
            assertEquals(memory.peek(table.getMfn(), x.getIndex()), x.getRaw(), () -> "entry " + x.getIndex() + " of table " + table.getMfn());
            if (x.getChild() != null) {
                checkTable(memory, x.getChild());
            }
        }
    }
}
