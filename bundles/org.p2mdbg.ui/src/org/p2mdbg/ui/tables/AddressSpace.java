package org.p2mdbg.ui.tables;

import java.util.ArrayList;
import java.util.List;

import org.p2mdbg.model.Device;
import org.p2mdbg.model.Domain;
import org.p2mdbg.model.IommuContext;
import org.p2mdbg.model.Machine;
import org.p2mdbg.model.P2m;
import org.p2mdbg.model.PvAddressSpace;
import org.p2mdbg.model.TranslationTables;

/**
 * An input address space a user can go to an address in: a domain's guest-physical space (through
 * its p2m), Xen's virtual space (through Xen's own tables), a device's DMA space (through its IOMMU
 * tables) or a PV process's virtual space. {@code path} is the chain of model objects from the
 * machine to the tables, as the Page Tables tree shows them.
 */
public record AddressSpace(String name, TranslationTables tables, List<Object> path) {
    /** The LPAE spaces of a machine: each domain with a p2m, then Xen's tables when there are any. */
    public static List<AddressSpace> of(Machine machine) {
        List<AddressSpace> out = new ArrayList<>();
        for (Domain d : machine.getDomains()) {
            if (d.getP2m() != null) {
                out.add(new AddressSpace(d.getName(), d.getP2m(), List.of(machine, d, d.getP2m())));
            }
        }
        if (machine.getXenTables() != null) {
            out.add(new AddressSpace("Xen", machine.getXenTables(), List.of(machine, machine.getXenTables())));
        }
        return out;
    }

    /**
     * Every space of a machine: those of {@link #of}, then each device with tables of its own (VT-d,
     * AMD-Vi; an SMMU walks its domain's p2m) and each PV process's address space.
     */
    public static List<AddressSpace> withDevicesAndProcesses(Machine machine) {
        List<AddressSpace> out = of(machine);
        for (Device device : machine.getDevices()) {
            IommuContext c = device.getContext();
            if (c != null && !c.isSharesP2m() && device.getDomain() != null) {
                out.add(new AddressSpace(device.getName() + " (" + c.getKind() + ")", c, List.of(machine, device.getDomain(), device, c)));
            }
        }
        for (Domain d : machine.getDomains()) {
            PvAddressSpace mm = d.getPvAddressSpace();
            if (mm != null) {
                out.add(new AddressSpace(d.getName() + " process (PV)", mm, List.of(machine, d, mm)));
            }
        }
        return out;
    }

    /** The units an address can be given in here: GFN and IPA for a p2m, DFN and IOVA for a device, VA otherwise. */
    public List<AddressUnit> units() {
        if (tables instanceof P2m) {
            return List.of(AddressUnit.GFN, AddressUnit.IPA);
        }
        return tables instanceof IommuContext ? List.of(AddressUnit.DFN, AddressUnit.IOVA) : List.of(AddressUnit.VA);
    }
}
