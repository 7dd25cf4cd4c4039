package org.p2mdbg.ui.tables;

import java.util.ArrayList;
import java.util.List;

import org.p2mdbg.core.format.lpae.Stage;
import org.p2mdbg.model.Domain;
import org.p2mdbg.model.Machine;
import org.p2mdbg.model.TranslationTables;

/**
 * An input address space a user can go to an address in: a domain's guest-physical space (through
 * its p2m) or Xen's virtual space (through Xen's own tables). {@code path} is the chain of model
 * objects from the machine to the tables, as the Page Tables tree shows them.
 */
public record AddressSpace(String name, TranslationTables tables, List<Object> path) {
    /** The spaces of a machine: each domain with a p2m, then Xen's tables when there are any. */
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

    /** The units an address can be given in here: GFN and IPA for a p2m, VA for Xen's tables. */
    public List<AddressUnit> units() {
        return tables.getStage() == Stage.STAGE2 ? List.of(AddressUnit.GFN, AddressUnit.IPA) : List.of(AddressUnit.VA);
    }
}
