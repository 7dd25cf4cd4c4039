package org.p2mdbg.core.mem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Named 64-bit registers of the emulated machine beside its memory: CPU state (a vCPU's CR3) and the
 * few software variables an algorithm keeps outside page tables (d->arch.dirty.second_lvl_start, the
 * per-CPU iommu_dont_flush_iotlb flag). Every change is reported to the frame store's journal, so a
 * trace can step over it backwards and forwards like a descriptor write.
 *
 * <p>A register is one of two sorts. A <em>recorded</em> one ({@link #define}) is machine state the
 * algorithm's trace shows: each change is a REGISTER_WRITE event. A <em>bookkeeping</em> one
 * ({@link #bookkeeping}) is a software counter or bound (p2m->lowest_mapped_gfn, p2m->stats) whose
 * changes are kept beside the events, so stepping back restores it while the events stay the ones
 * Xen's code makes.
 */
public final class Registers {
    private final FrameStore store;
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private long[] values = new long[16];
    private boolean[] unrecorded = new boolean[16];
    /** names.size(), in a field: get and set check against it on every emulated step. */
    private int count;

    Registers(FrameStore store) { this.store = store; }

    /** Declares a register (initially 0) and returns its number; a name is declared once. */
    public int define(String name) {
        if (ids.containsKey(name)) {
            throw new IllegalArgumentException("register " + name + " is already defined");
        }
        int id = names.size();
        names.add(name);
        ids.put(name, id);
        count = id + 1;
        if (id == values.length) {
            values = Arrays.copyOf(values, id * 2);
            unrecorded = Arrays.copyOf(unrecorded, id * 2);
        }
        return id;
    }

    /**
     * The number of a bookkeeping register (initially 0), declared on first use: a domain created
     * again under the id of one whose creation failed finds its registers again.
     */
    public int bookkeeping(String name) {
        Integer known = ids.get(name);
        if (known != null) {
            if (!unrecorded[known]) {
                throw new IllegalArgumentException("register " + name + " is a recorded register");
            }
            return known;
        }
        int id = define(name);
        unrecorded[id] = true;
        return id;
    }

    /** True for a register declared with {@link #bookkeeping}. */
    public boolean isBookkeeping(int id) { return unrecorded[check(id)]; }

    /** The number of a declared register, or -1. */
    public int id(String name) { return ids.getOrDefault(name, -1); }

    public String name(int id) { return names.get(id); }

    public int count() { return count; }

    public long get(int id) { return values[check(id)]; }

    public void set(int id, long value) {
        long old = values[check(id)];
        values[id] = value;
        if (!unrecorded[id]) {
            store.journal().registerWrite(id, old, value);
        } else if (old != value) {
            store.journal().bookkeepingWrite(id, old, value);
        }
    }

    /** Replay only (stepping through a trace): never journalled. */
    public void restore(int id, long value) { values[check(id)] = value; }

    /** The values of the registers declared so far, for a frame store image. */
    long[] values() { return Arrays.copyOf(values, names.size()); }

    /** Replay only: the values an image kept; registers declared after it held 0 then. */
    void restoreAll(long[] saved) {
        Arrays.fill(values, 0L);
        System.arraycopy(saved, 0, values, 0, saved.length);
    }

    /** Zero while every register holds 0, so an unused register file leaves state hashes unchanged. */
    long stateHash() {
        long h = 0;
        for (int i = 0; i < names.size(); i++) {
            if (values[i] != 0) {
                h = 31 * h + (i ^ (values[i] * 0x9E3779B97F4A7C15L));
            }
        }
        return h;
    }

    private int check(int id) {
        if (id < 0 || id >= count) {
            throw new IllegalArgumentException("no register " + id);
        }
        return id;
    }
}
