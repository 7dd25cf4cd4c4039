package org.p2mdbg.core.diff;

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
public record TableTree(String name, TableRoot root, Stage stage) {
    /** The name of Xen's own tables. */
    public static final String XEN = "xen";

    /** Every tree of the run, p2ms in creation order then Xen's (a domain created twice gets "name#2"). */
    public static List<TableTree> of(RunResult r) {
        List<TableTree> trees = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (TableRoot root : MachineRoots.p2mRoots(r.machine())) {
            String domain = r.machine().domain(root.owner()).map(Domain::name).orElse("domain " + root.owner());
            int n = seen.merge(domain, 1, Integer::sum);
            trees.add(new TableTree(n == 1 ? domain : domain + "#" + n, root, Stage.STAGE2));
        }
        if (r.xenPageTables() != null) {
            trees.add(new TableTree(XEN, TableRoot.xen(r.xenPageTables().root(), r.xenPageTables().rootLevel()), Stage.STAGE1));
        }
        return trees;
    }

    public boolean isXen() { return root.user() == TableUser.HYPERVISOR; }

    /** True while the store holds the root pages as this tree's tables (after creation, before teardown). */
    public boolean liveIn(FrameStore frames) {
        for (int p = 0; p < root.pages(); p++) {
            Mfn page = root.mfn().add(p);
            if (!frames.exists(page) || frames.kind(page) != root.kind() || frames.owner(page) != root.owner()) {
                return false;
            }
        }
        return true;
    }

    public WalkRequest request() { return new WalkRequest(root.mfn(), root.level(), root.pages(), stage); }

    /** "p2m of guest" / "Xen's page tables", for sentences. */
    public String title() { return isXen() ? "Xen's page tables" : "the p2m of " + name; }

    /** What an input frame is called in this tree. */
    public String frameName() { return isXen() ? "vfn" : "gfn"; }
}
