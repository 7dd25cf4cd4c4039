package org.p2mdbg.ui;

import org.eclipse.emf.ecore.EObject;
import org.p2mdbg.model.Descriptor;
import org.p2mdbg.model.DescriptorKind;
import org.p2mdbg.model.Domain;
import org.p2mdbg.model.Machine;
import org.p2mdbg.model.P2m;
import org.p2mdbg.model.Table;

/** Finds model objects by what they are, descending only through valid table descriptors. */
public final class ModelSearch {
    private ModelSearch() {}

    /** The first descriptor of a kind in any domain's p2m (depth first, lowest address first), or null. */
    public static Descriptor firstOfKind(Machine machine, DescriptorKind kind) {
        for (Domain d : machine.getDomains()) {
            P2m p2m = d.getP2m();
            if (p2m == null) {
                continue;
            }
            for (Table t : p2m.getTables()) {
                Descriptor found = firstOfKind(t, kind);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The nearest container of a model object (the object itself included) of a type, or null. */
    public static <T> T enclosing(EObject o, Class<T> type) {
        for (EObject e = o; e != null; e = e.eContainer()) {
            if (type.isInstance(e)) {
                return type.cast(e);
            }
        }
        return null;
    }

    private static Descriptor firstOfKind(Table table, DescriptorKind kind) {
        for (Descriptor d : table.getDescriptors()) {
            if (d.getKind() == kind) {
                return d;
            }
            if (d.getKind() == DescriptorKind.TABLE && d.getChild() != null) {
                Descriptor found = firstOfKind(d.getChild(), kind);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
