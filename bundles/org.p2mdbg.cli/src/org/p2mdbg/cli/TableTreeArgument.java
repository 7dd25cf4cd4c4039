package org.p2mdbg.cli;

import java.util.ArrayList;
import java.util.List;

import org.p2mdbg.core.diff.TableTree;
import org.p2mdbg.core.scenario.RunResult;

/** A table tree named on the command line (a domain, or xen); bad input naming the known ones when there is none. */
final class TableTreeArgument {
    private TableTreeArgument() {}

    static TableTree named(RunResult r, String name) {
        List<TableTree> trees = TableTree.of(r);
        for (TableTree t : trees) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        List<String> known = new ArrayList<>(trees.stream().map(TableTree::name).toList());
        if (!known.contains(TableTree.XEN)) {
            known.add(TableTree.XEN + " (once a xen-pt statement ran)");
        }
        throw new BadInputException("no table tree '" + name + "' in the scenario (known: " + String.join(", ", known) + ")");
    }
}
