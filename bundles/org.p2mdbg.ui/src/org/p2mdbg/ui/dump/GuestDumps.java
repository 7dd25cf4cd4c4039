package org.p2mdbg.ui.dump;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The guest dumps open in the workbench, each shown as a root of the Page Tables view beside the
 * session's machine. Listeners hear of every change on the thread that made it.
 */
public final class GuestDumps {
    private static final GuestDumps INSTANCE = new GuestDumps();

    private final List<DumpRoot> roots = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    private GuestDumps() {}

    public static GuestDumps get() { return INSTANCE; }

    /** Adds a dump (a dump of the same file opened again replaces the old one). */
    public DumpRoot add(GuestDump dump) {
        roots.removeIf(r -> r.dump().file().equals(dump.file()));
        DumpRoot root = new DumpRoot(dump);
        roots.add(root);
        listeners.forEach(Runnable::run);
        return root;
    }

    public void remove(DumpRoot root) {
        if (roots.remove(root)) {
            listeners.forEach(Runnable::run);
        }
    }

    public List<DumpRoot> roots() { return List.copyOf(roots); }

    /** A tree's roots: the given ones, then one per open dump. */
    public Object[] after(Object... first) {
        List<Object> all = new ArrayList<>(List.of(first));
        all.addAll(roots);
        return all.toArray();
    }

    public void addListener(Runnable l) { listeners.add(l); }

    public void removeListener(Runnable l) { listeners.remove(l); }
}
