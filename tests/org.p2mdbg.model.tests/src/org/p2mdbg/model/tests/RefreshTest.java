package org.p2mdbg.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.junit.jupiter.api.Test;
import org.p2mdbg.core.machine.DomainState;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.scenario.RunResult;
import org.p2mdbg.core.scenario.ScenarioRunner;
import org.p2mdbg.core.trace.TraceCursor;
import org.p2mdbg.model.Descriptor;
import org.p2mdbg.model.DescriptorField;
import org.p2mdbg.model.DescriptorKind;
import org.p2mdbg.model.P2m;
import org.p2mdbg.model.Table;
import org.p2mdbg.model.live.LiveMachine;
import org.p2mdbg.model.live.ModelBuilder;

/** refresh() updates the objects already made, in place, after the emulation ran on or the trace was stepped. */
class RefreshTest {
    @Test void aRemapChangesTheSameDescriptorAndFieldInPlace() {
        ScenarioRunner runner = ThinSlice.runner("map guest gfn=0x80000 nr=1 mfn=0x50001 type=ram_rw");
        LiveMachine model = ModelBuilder.build(runner.result());
        Descriptor page = ThinSlice.level3(model).getDescriptors().get(0);
        DescriptorField oa = page.getFields().get(2);
        List<Notification> seen = record(model);

        runner.step();
        model.refresh();

        assertSame(page, ThinSlice.level3(model).getDescriptors().get(0));
        assertEquals(0x800000500017ffL, page.getRaw());
        assertEquals(Mfn.of(0x50001), page.getOutputMfn());
        assertSame(oa, page.getFields().get(2));
        assertEquals(0x50001, oa.getValue());
        assertEquals("output MFN 0x50001", oa.getMeaning());
        // the trace grew; the descriptor's raw value and output MFN and the field's value and meaning changed
        assertEquals(List.of("eventCount", "position", "raw", "outputMfn", "value", "meaning"), names(seen));
    }

    @Test void anUnmapRemovesTheDescriptorButNotTheTable() {
        ScenarioRunner runner = ThinSlice.runner("unmap guest gfn=0x80000 nr=1");
        LiveMachine model = ModelBuilder.build(runner.result());
        Table level3 = ThinSlice.level3(model);
        Descriptor page = level3.getDescriptors().get(0);
        List<Notification> seen = record(model);

        runner.step();
        model.refresh();

        // Xen 4.8 leaves the emptied level-3 table in place: the same object, with no valid entry
        assertSame(level3, ThinSlice.level3(model));
        assertEquals(0, level3.getValidCount());
        assertTrue(level3.getDescriptors().isEmpty());
        Notification removal = seen.stream().filter(n -> n.getEventType() == Notification.REMOVE).findFirst().orElseThrow();
        assertSame(level3, removal.getNotifier());
        assertSame(page, removal.getOldValue());
    }

    @Test void steppingBackBringsTheMappingBack() {
        ScenarioRunner runner = ThinSlice.runner("unmap guest gfn=0x80000 nr=1");
        RunResult run = runner.runToEnd();
        LiveMachine model = ModelBuilder.build(run);
        Table level3 = ThinSlice.level3(model);
        assertEquals(0, level3.getValidCount());

        TraceCursor cursor = new TraceCursor(run.trace(), run.machine().frames());
        cursor.seek(run.checkpoints().get("mapped"));
        model.refresh(cursor.position());

        assertSame(level3, ThinSlice.level3(model));
        assertEquals(1, level3.getValidCount());
        ThinSliceModelTest.assertDescriptor(level3.getDescriptors().get(0), 0, 3, DescriptorKind.PAGE, 0x800000500007ffL,
                0x50000, 0x8000_0000L, 0x8000_0fffL);
        assertEquals(run.checkpoints().get("mapped"), model.getPosition());
    }

    @Test void teardownEmptiesTheP2mAndSteppingBackRestoresIt() {
        ScenarioRunner runner = ThinSlice.runner("destroy guest");
        LiveMachine model = ModelBuilder.build(runner.result());
        P2m p2m = ThinSlice.p2m(model);
        ThinSlice.level3(model);

        RunResult run = runner.runToEnd();
        model.show(run);
        assertEquals(DomainState.DESTROYED, ThinSlice.guest(model).getState());
        assertEquals(Mfn.INVALID, p2m.getRootMfn());
        assertTrue(p2m.getTables().isEmpty());

        TraceCursor cursor = new TraceCursor(run.trace(), run.machine().frames());
        // the destroy's first operation: its OPERATION_START, then domain_kill marks the guest dying
        cursor.seek(run.trace().operationStart(3) + 2);
        model.refresh(cursor.position());
        assertEquals(DomainState.DYING, ThinSlice.guest(model).getState());
        assertEquals(Mfn.of(0x40000), p2m.getRootMfn());
        assertEquals(2, p2m.getTables().size());
        assertEquals(Mfn.of(0x50000), ThinSlice.level3(model).getDescriptors().get(0).getOutputMfn());

        cursor.seek(0);
        model.refresh(cursor.position());
        assertTrue(model.getDomains().isEmpty());

        cursor.toEnd();
        model.refresh(cursor.position());
        assertEquals(DomainState.DESTROYED, ThinSlice.guest(model).getState());
    }

    @Test void aModelBuiltAfterTheTeardownStillFindsTheRootWhenSteppedBack() {
        RunResult run = ThinSlice.runner("destroy guest").runToEnd();
        LiveMachine model = ModelBuilder.build(run);
        assertTrue(ThinSlice.p2m(model).getTables().isEmpty());

        TraceCursor cursor = new TraceCursor(run.trace(), run.machine().frames());
        cursor.seek(run.checkpoints().get("mapped"));
        model.refresh(cursor.position());

        assertEquals(DomainState.RUNNING, ThinSlice.guest(model).getState());
        assertEquals(Mfn.of(0x40000), ThinSlice.p2m(model).getRootMfn());
        assertEquals(DescriptorKind.BLOCK, ThinSlice.level2(model).getDescriptors().get(1).getKind());
    }

    /** Every notification from the model and everything below it. */
    private static List<Notification> record(LiveMachine model) {
        List<Notification> seen = new ArrayList<>();
        model.eAdapters().add(new EContentAdapter() {
            @Override public void notifyChanged(Notification n) {
                super.notifyChanged(n);
                seen.add(n);
            }
        });
        return seen;
    }

    private static List<String> names(List<Notification> notifications) {
        List<String> names = new ArrayList<>();
        for (Notification n : notifications) {
            names.add(((org.eclipse.emf.ecore.EStructuralFeature) n.getFeature()).getName());
        }
        return names;
    }
}
