package org.p2mdbg.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.p2mdbg.core.check.MachineRoots;
import org.p2mdbg.core.check.TableRoot;
import org.p2mdbg.core.check.TableUser;
import org.p2mdbg.core.format.lpae.Stage;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.scenario.RunResult;
import org.p2mdbg.core.walk.WalkRequest;

/**
 * One tree of LPAE tables a run built, by the name the user gives it: a domain's p2m (by the
 * domain's name) or Xen's own tables ("xen"). The root is read from the trace, so a tree can be
 * walked at any trace position where its root pages are allocated, also after teardown forgot it.
 */
record TableTree(String name, TableRoot root, Stage stage) {
    /** Every tree of the run, p2ms in creation order then Xen's (a domain created twice gets "name#2"). */
    static List<TableTree> of(RunResult r) {
        List<TableTree> trees = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (TableRoot root : MachineRoots.p2mRoots(r.machine())) {
            String domain = r.machine().domain(root.owner()).map(Domain::name).orElse("domain " + root.owner());
            int n = seen.merge(domain, 1, Integer::sum);
            trees.add(new TableTree(n == 1 ? domain : domain + "#" + n, root, Stage.STAGE2));
        }
        if (r.xenPageTables() != null) {
            trees.add(new TableTree(TranslateCommand.XEN, TableRoot.xen(r.xenPageTables().root(), r.xenPageTables().rootLevel()), Stage.STAGE1));
        }
        return trees;
    }

    /** The tree of that name; bad input naming the known ones when there is none. */
    static TableTree named(RunResult r, String name) {
        List<TableTree> trees = of(r);
        for (TableTree t : trees) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        List<String> known = new ArrayList<>(trees.stream().map(TableTree::name).toList());
        if (!known.contains(TranslateCommand.XEN)) {
            known.add(TranslateCommand.XEN + " (once a xen-pt statement ran)");
        }
        throw new BadInputException("no table tree '" + name + "' in the scenario (known: " + String.join(", ", known) + ")");
    }

    boolean isXen() { return root.user() == TableUser.HYPERVISOR; }

    /** True while the store holds the root pages as this tree's tables (after creation, before teardown). */
    boolean liveIn(FrameStore frames) {
        for (int p = 0; p < root.pages(); p++) {
            Mfn page = root.mfn().add(p);
            if (!frames.exists(page) || frames.kind(page) != root.kind() || frames.owner(page) != root.owner()) {
                return false;
            }
        }
        return true;
    }

    WalkRequest request() { return new WalkRequest(root.mfn(), root.level(), root.pages(), stage); }

    /** "p2m of guest" / "Xen's page tables", for sentences. */
    String title() { return isXen() ? "Xen's page tables" : "the p2m of " + name; }

    /** What an input frame is called in this tree. */
    String frameName() { return isXen() ? "vfn" : "gfn"; }
}
