package org.p2mdbg.model.live;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.EList;
import org.p2mdbg.core.iommu.DeviceContext;
import org.p2mdbg.core.iommu.IommuContexts;
import org.p2mdbg.core.scenario.RunSystems;
import org.p2mdbg.core.x86pv.PvAddressSpace;
import org.p2mdbg.core.xen.arm32.Arm32XenTables;
import org.p2mdbg.core.xen.arm32.Vlpt;
import org.p2mdbg.model.Device;
import org.p2mdbg.model.Domain;

/**
 * The parts of the host a scenario run creates when a statement first needs them ({@link
 * RunSystems}), shown in the model: the machine's devices with their IOMMU contexts, each PV
 * domain's address space and each arm32 domain's VLPT. The systems grow while the emulation runs,
 * so each refresh adds what appeared, then brings what is shown to the trace position.
 */
final class LiveSystems {
    private final RunSystems systems;
    /** The PV address spaces and VLPTs made, by domain id: kept while their domain is not shown, shown again with it. */
    private final Map<Integer, LivePvAddressSpace> pvSpaces = new HashMap<>();
    private final Map<Integer, LiveVlpt> vlpts = new HashMap<>();

    LiveSystems(RunSystems systems) { this.systems = systems; }

    void refresh(LiveMachine machine) {
        for (Domain shown : machine.getDomains()) {
            LiveDomain d = (LiveDomain) shown;
            showPvAddressSpace(d);
            showVlpt(d);
        }
        systems.iommus().ifPresent(iommus -> showDevices(machine, iommus));
    }

    private void showPvAddressSpace(LiveDomain d) {
        Optional<PvAddressSpace> core = systems.pvAddressSpace(d.core());
        if (core.isEmpty()) {
            return;
        }
        LivePvAddressSpace space = pvSpaces.computeIfAbsent(d.getId(), id -> new LivePvAddressSpace(core.get()));
        space.refresh();
        // before pgd_alloc (stepped back over it) the domain has no address space yet
        org.p2mdbg.model.PvAddressSpace wanted = space.exists() ? space : null;
        if (d.getPvAddressSpace() != wanted) {
            d.setPvAddressSpace(wanted);
        }
    }

    private void showVlpt(LiveDomain d) {
        Optional<Vlpt> core = systems.vlpt(d.core());
        Optional<Arm32XenTables> xen = systems.arm32XenTables();
        if (core.isEmpty() || xen.isEmpty()) {
            return;
        }
        LiveVlpt vlpt = vlpts.computeIfAbsent(d.getId(), id -> new LiveVlpt(core.get(), xen.get()));
        vlpt.refresh();
        if (d.getVlpt() != vlpt) {
            d.setVlpt(vlpt);
        }
    }

    /** Every assigned device, in assignment order, each pointing at its domain as shown now. */
    private static void showDevices(LiveMachine machine, IommuContexts iommus) {
        EList<Device> shown = machine.getDevices();
        int at = 0;
        for (DeviceContext c : iommus.devices()) {
            if (at == shown.size()) {
                shown.add(new LiveDevice(iommus, c));
            }
            ((LiveDevice) shown.get(at)).refresh(shownDomain(machine, c.domain().id()));
            at++;
        }
    }

    private static Domain shownDomain(LiveMachine machine, int id) {
        for (Domain d : machine.getDomains()) {
            if (d.getId() == id) {
                return d;
            }
        }
        return null;
    }
}
