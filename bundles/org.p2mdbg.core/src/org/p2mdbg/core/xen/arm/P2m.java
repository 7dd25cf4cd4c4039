package org.p2mdbg.core.xen.arm;

import java.util.ArrayDeque;

import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.format.lpae.Stage;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.machine.Errno;
import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.machine.RelinquishStrategy;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.MappedFrame;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.mem.Registers;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.core.walk.WalkRequest;

/**
 * A domain's stage-2 p2m as Xen 4.8.5's xen/arch/arm/p2m.c manages it (struct p2m_domain and the
 * functions on it), followed statement by statement. Descriptors live in the machine's frame
 * store and every read and write of one goes through it, so the trace sees each step.
 *
 * <p>Reads are counted as the C code loads an entry into a value: one per p2m_next_level (and one
 * more after it created a table, as the code re-reads the entry it just wrote), one for the leaf of
 * p2m_get_entry and for orig_pte, one for each later {@code entry->...} of __p2m_set_entry, one per
 * child entry p2m_free_entry visits. The 512 copies of a superpage made by p2m_split_superpage
 * count as one read of the superpage.
 */
public final class P2m {
    /*
     * What p2m_next_level answers. GUEST_TABLE_NORMAL_PAGE is any MFN (never negative): the walk
     * moves on to that table; the other two are negative.
     */
    private static final long GUEST_TABLE_MAP_FAILED = -1;
    private static final long GUEST_TABLE_SUPER_PAGE = -2;
    /** What rootTable answers for a GFN past the concatenated root pages. */
    private static final long BEYOND_ROOT = Long.MIN_VALUE;
    private static final int FIRST_ORDER = 18;
    private static final int SECOND_ORDER = 9;
    private static final int THIRD_ORDER = 0;
    private static final String[] LEVEL_FRAMES = {"level 0", "level 1", "level 2", "level 3"};

    private final Machine machine;
    private final Domain domain;
    private final FrameStore frames;
    private final Trace trace;
    private final int rootLevel;
    private final int rootPages;
    private final boolean cleanPte;
    private final boolean memAccessEnabled;
    /** p2m->pages: intermediate tables; page_list_add puts a new one at the head. */
    private final ArrayDeque<Mfn> pages = new ArrayDeque<>();
    /*
     * The counters and bounds of struct p2m_domain live in bookkeeping registers of the machine, so
     * that a trace cursor stepping back shows them as they were (their changes are not events).
     */
    private final Registers registers;
    private final int rootRegister;
    private final int lowestMappedRegister;
    private final int maxMappedRegister;
    private final int needFlushRegister;
    private final int[] mappingsRegisters = new int[4];
    private final int[] shatteredRegisters = new int[4];
    /** The walk's map_domain_page of the table at each level (__p2m_set_entry's {@code table}, per level). */
    private final MappedFrame[] mapped = {new MappedFrame(), new MappedFrame(), new MappedFrame(), new MappedFrame()};
    private int vmid = VmidAllocator.INVALID_VMID;
    private boolean initialised;

    private P2m(Machine machine, Domain domain) {
        this.machine = machine;
        this.domain = domain;
        this.frames = machine.frames();
        this.trace = machine.trace();
        VirtPaging paging = machine.virtPaging();
        this.rootLevel = paging.rootLevel();
        this.rootPages = paging.rootPages();
        // Some IOMMUs don't walk page tables coherently: then every change is cleaned to memory
        this.cleanPte = !machine.options().iommuCoherentWalk();
        this.memAccessEnabled = machine.options().memAccess();
        this.registers = frames.registers();
        String prefix = "d" + domain.id() + ".p2m.";
        this.rootRegister = registers.bookkeeping(prefix + "root");
        this.lowestMappedRegister = registers.bookkeeping(prefix + "lowest_mapped_gfn");
        this.maxMappedRegister = registers.bookkeeping(prefix + "max_mapped_gfn");
        this.needFlushRegister = registers.bookkeeping(prefix + "need_flush");
        for (int level = 0; level < 4; level++) {
            mappingsRegisters[level] = registers.bookkeeping(prefix + "stats.mappings[" + level + "]");
            shatteredRegisters[level] = registers.bookkeeping(prefix + "stats.shattered[" + level + "]");
            registers.set(mappingsRegisters[level], 0);
            registers.set(shatteredRegisters[level], 0);
        }
        registers.set(rootRegister, Mfn.INVALID.value());
        registers.set(lowestMappedRegister, -1L);   // _gfn(ULONG_MAX)
        registers.set(maxMappedRegister, 0);
        registers.set(needFlushRegister, 0);
    }

    /**
     * p2m_init: a VMID, then p2m_alloc_table (the concatenated root pages, cleared and cleaned, and
     * a TLB flush for the new VMID). Throws IllegalStateException with Xen's error when it fails.
     */
    public static P2m init(Machine machine, Domain domain) {
        P2m p2m = new P2m(machine, domain);
        Trace trace = machine.trace();
        trace.enter("p2m_init");
        try {
            p2m.vmid = machine.vmids().allocate();
            if (p2m.vmid == VmidAllocator.INVALID_VMID) {
                throw p2m.initFailure(Errno.EBUSY, "p2m_alloc_vmid: VMID pool exhausted");
            }
            int rc = p2m.allocTable();
            p2m.initialised = true;
            if (rc != 0) {
                p2m.teardown();
                throw p2m.initFailure(rc, "p2m_alloc_table: no memory for the root pages");
            }
            return p2m;
        } finally {
            trace.leave();
        }
    }

    private IllegalStateException initFailure(int rc, String check) {
        trace.record(EventKind.ERROR, rc, 0, 0, check);
        return new IllegalStateException("cannot create domain " + domain.name() + ": p2m_init returned " + Errno.name(rc) + " (" + check + ")");
    }

    /** p2m_alloc_table. */
    private int allocTable() {
        trace.enter("p2m_alloc_table");
        try {
            Mfn page = frames.tryAllocateContiguous(rootPages, FrameKind.P2M_TABLE, domain.id());
            if (page == null) {
                return Errno.ENOMEM;
            }
            for (int i = 0; i < rootPages; i++) {
                cleanPage(page.add(i));   // clear_and_clean_page: a fresh frame is already zero
            }
            registers.set(rootRegister, page.value());
            // all TLBs of the new VMID are flushed before it is used
            flushTlb("p2m_flush_tlb");
            return 0;
        } finally {
            trace.leave();
        }
    }

    // ---- what a debugger shows ----

    public Domain domain() { return domain; }

    /** The first root page, INVALID once torn down. */
    public Mfn root() { return new Mfn(registers.get(rootRegister)); }

    public int rootLevel() { return rootLevel; }

    public int rootPages() { return rootPages; }

    public int vmid() { return vmid; }

    /** Where a walk of this p2m starts (for the Walker, traced or not). */
    public WalkRequest walkRequest() {
        Mfn root = root();
        if (!root.isValid()) {
            throw new IllegalStateException("the p2m of domain " + domain.name() + " has been torn down");
        }
        return new WalkRequest(root, rootLevel, rootPages, Stage.STAGE2);
    }

    /** p2m->lowest_mapped_gfn: ULONG_MAX (shown as INVALID) until the first mapping. */
    public Gfn lowestMappedGfn() { return new Gfn(registers.get(lowestMappedRegister)); }

    /** p2m->max_mapped_gfn: one past the last GFN ever mapped, in this Xen version. */
    public Gfn maxMappedGfn() { return new Gfn(registers.get(maxMappedRegister)); }

    /** p2m->clean_pte: whether every write is followed by a cache clean. */
    public boolean cleanPte() { return cleanPte; }

    public boolean memAccessEnabled() { return memAccessEnabled; }

    /** How many intermediate tables the p2m holds besides its root (p2m->pages). */
    public int tablePages() { return pages.size(); }

    /** p2m->stats.mappings[level]. */
    public long mappings(int level) { return registers.get(mappingsRegisters[level]); }

    /** p2m->stats.shattered[level]. */
    public long shattered(int level) { return registers.get(shatteredRegisters[level]); }

    private void countMappings(int level, long delta) { add(mappingsRegisters[level], delta); }

    private void add(int register, long delta) { registers.set(register, registers.get(register) + delta); }

    private boolean needFlush() { return registers.get(needFlushRegister) != 0; }

    private void setNeedFlush(boolean value) { registers.set(needFlushRegister, value ? 1 : 0); }

    // ---- locking: p2m_write_lock / p2m_write_unlock / p2m_read_lock ----

    void writeLock() { trace.record(EventKind.LOCK, domain.id(), 1, 0); }

    /** p2m_write_unlock: a deferred flush is done with the lock still held. */
    void writeUnlock() {
        trace.enter("p2m_write_unlock");
        try {
            if (needFlush()) {
                setNeedFlush(false);
                flushTlb("p2m_flush_tlb");
            }
            trace.record(EventKind.UNLOCK, domain.id(), 1, 0);
        } finally {
            trace.leave();
        }
    }

    private void readLock() { trace.record(EventKind.LOCK, domain.id(), 0, 0); }

    private void readUnlock() { trace.record(EventKind.UNLOCK, domain.id(), 0, 0); }

    // ---- the public operations ----

    /** p2m_lookup with the order: p2m_get_entry under the read lock. */
    public P2mEntry getEntry(Gfn gfn) {
        trace.enter("p2m_lookup");
        try {
            readLock();
            P2mEntry e = getEntryLocked(gfn);
            readUnlock();
            return e;
        } finally {
            trace.leave();
        }
    }

    /**
     * p2m_set_entry under the write lock: maps {@code nr} frames from {@code mfn} (or removes them
     * when {@code mfn} is INVALID). Returns 0 or a negative errno; what was done before a failure
     * stays.
     */
    public int setEntry(Gfn gfn, long nr, Mfn mfn, P2mType type) {
        requireNotForeign(type);
        return locked("p2m_set_entry", gfn, nr, mfn, type);
    }

    /** p2m_insert_mapping (guest_physmap_add_entry, map_regions_p2mt, map_mmio_regions). */
    public int insertMapping(Gfn gfn, long nr, Mfn mfn, P2mType type) {
        if (!mfn.isValid()) {
            throw new IllegalArgumentException("an insertion needs a valid MFN");
        }
        requireNotForeign(type);
        return locked("p2m_insert_mapping", gfn, nr, mfn, type);
    }

    /** p2m_remove_mapping (guest_physmap_remove_page, unmap_regions_p2mt). */
    public int removeMapping(Gfn gfn, long nr) {
        return locked("p2m_remove_mapping", gfn, nr, Mfn.INVALID, P2mType.INVALID);
    }

    private static void requireNotForeign(P2mType type) {
        if (type.isForeign()) {
            throw new IllegalArgumentException("map_foreign entries come only from mapForeign, which takes the page reference they hold");
        }
    }

    private int locked(String function, Gfn gfn, long nr, Mfn mfn, P2mType type) {
        trace.enter(function);
        try {
            writeLock();
            int rc = setEntryLocked(gfn, nr, mfn, type);
            writeUnlock();
            return rc;
        } finally {
            trace.leave();
        }
    }

    /**
     * XENMEM_add_to_physmap_batch with XENMAPSPACE_gmfn_foreign: for each page,
     * xenmem_add_to_physmap_one takes a reference on the owner's page (get_page_from_gfn) and maps
     * it p2m_map_foreign, dropping the reference again when the mapping fails. The batch carries
     * on after a failed page (its error goes to errs[]) and checks for preemption after every page
     * but the last; a preemption is a continuation that resumes with the next page. Returns 0 or
     * the first page's error.
     */
    public int mapForeign(Gfn gfn, long nr, Domain owner, Gfn ownerGfn) {
        trace.enter("xenmem_add_to_physmap_batch");
        try {
            int first = 0;
            for (long done = 0; nr > done;) {
                int rc = addForeignPage(gfn.add(done), owner, ownerGfn.add(done));
                if (first == 0) {
                    first = rc;
                }
                if (nr > ++done && machine.preemptCheck()) {
                    trace.record(EventKind.PREEMPTION, gfn.add(done).value(), 0, 0);
                }
            }
            return first;
        } finally {
            trace.leave();
        }
    }

    /** xenmem_add_to_physmap_one, XENMAPSPACE_gmfn_foreign case. */
    private int addForeignPage(Gfn gfn, Domain owner, Gfn ownerGfn) {
        trace.enter("xenmem_add_to_physmap_one");
        try {
            if (owner == domain) {
                return error(Errno.EINVAL, "xenmem_add_to_physmap_one: a domain cannot map its own pages as foreign");
            }
            // get_page_from_gfn(od, idx, &p2mt, P2M_ALLOC)
            trace.enter("get_page_from_gfn");
            P2mEntry src = owner.p2m().getEntry(ownerGfn);
            boolean held = false;
            if (src.type().isAnyRam() && frames.exists(src.mfn())) {
                if (src.type().isForeign()) {
                    // page_get_owner_and_reference: a foreign page belongs to a third domain
                    held = frames.refs(src.mfn()) > 0;
                    if (held) {
                        frames.getRef(src.mfn());
                    }
                } else {
                    held = machine.getPage(src.mfn(), owner);
                }
            }
            trace.leave();
            if (!held) {
                return error(Errno.EINVAL, "get_page_from_gfn: no page of " + owner.name() + " at gfn " + ownerGfn);
            }
            if (!src.type().isRam()) {
                machine.putPage(src.mfn());
                return error(Errno.EINVAL, "xenmem_add_to_physmap_one: " + owner.name() + "'s gfn " + ownerGfn + " is " + src.type().scenarioName() + ", not RAM");
            }
            // guest_physmap_add_entry(d, gfn, mfn, 0, p2m_map_foreign)
            int rc = locked("p2m_insert_mapping", gfn, 1, src.mfn(), P2mType.MAP_FOREIGN);
            if (rc != 0) {
                machine.putPage(src.mfn());
            }
            return rc;
        } finally {
            trace.leave();
        }
    }

    /**
     * Populates guest RAM as the toolstack's populate_physmap calls do: extents of the largest
     * order the GFN's alignment and the remaining count allow (1 GiB, 2 MiB, 4 KiB), one hypercall
     * per run of equal-order extents. Each extent is alloc_domheap_pages(d, order) then
     * guest_physmap_add_page (whose error populate_physmap ignores); before every extent but a
     * hypercall's first comes a preemption check, a preemption being a continuation that resumes
     * at that extent. Returns 0, or -ENOMEM when memory ran out (the extents before stay).
     */
    public int populate(Gfn gfn, long nr) {
        trace.enter("populate_physmap");
        try {
            long g = gfn.value();
            long left = nr;
            int hypercallOrder = -1;
            while (left > 0) {
                int order = extentOrder(g, left);
                if (order == hypercallOrder && machine.preemptCheck()) {
                    trace.record(EventKind.PREEMPTION, g, 0, 0);
                }
                hypercallOrder = order;
                Mfn page = machine.allocDomheapPages(domain, order);
                if (page == null) {
                    return error(Errno.ENOMEM, "populate_physmap: could not allocate an order-" + order + " extent");
                }
                locked("guest_physmap_add_page", new Gfn(g), 1L << order, page, P2mType.RAM_RW);
                g += 1L << order;
                left -= 1L << order;
            }
            return 0;
        } finally {
            trace.leave();
        }
    }

    private static int extentOrder(long gfn, long left) {
        for (int order : new int[] {FIRST_ORDER, SECOND_ORDER}) {
            if ((gfn & ((1L << order) - 1)) == 0 && left >= 1L << order) {
                return order;
            }
        }
        return THIRD_ORDER;
    }

    /** relinquish_p2m_mapping in the given strategy: 0, or Errno.ERESTART to be called again. */
    public int relinquishMapping(RelinquishStrategy strategy) {
        trace.enter("relinquish_p2m_mapping");
        try {
            return switch (strategy) {
                case LEGACY -> new LegacyRelinquish(this).run();
                case LOOKUP, REMOVE -> new RelinquishLoop(this, strategy).run();
            };
        } finally {
            trace.leave();
        }
    }

    /** p2m_teardown: frees every table on p2m->pages (head first), the root pages and the VMID. */
    public void teardown() {
        trace.enter("p2m_teardown");
        try {
            if (!initialised) {
                return;   // p2m not actually initialised
            }
            while (!pages.isEmpty()) {
                frames.free(pages.removeFirst());
            }
            Mfn root = root();
            if (root.isValid()) {
                for (int i = 0; i < rootPages; i++) {
                    frames.free(root.add(i));
                }
            }
            registers.set(rootRegister, Mfn.INVALID.value());
            machine.vmids().free(vmid);
            initialised = false;
        } finally {
            trace.leave();
        }
    }

    // ---- p2m.c internals, shared with the relinquish strategies ----

    Machine machine() { return machine; }

    FrameStore frames() { return frames; }

    Trace trace() { return trace; }

    void setLowestMapped(Gfn gfn) { registers.set(lowestMappedRegister, gfn.value()); }

    /** p2m->stats.mappings[level]-- for an entry zeroed outside p2m_free_entry (4.7's apply_one_level). */
    void unaccountMapping(int level) { countMappings(level, -1); }

    static String levelFrame(int level) { return LEVEL_FRAMES[level]; }

    static long offset(long gfn, int level) { return Lpae.tableOffset(gfn, level); }

    /** level_orders[level]. */
    static int order(int level) { return Lpae.levelOrder(level); }

    /** level_masks[level] >> PAGE_SHIFT: the GFN bits above the level's mapping size. */
    private static long levelMaskGfn(int level) { return ~((1L << (order(level) + Mfn.PAGE_SHIFT)) - 1) >>> Mfn.PAGE_SHIFT; }

    /** p2m_get_root_pointer: the root page for the GFN, null when its index is past the concatenated pages. */
    Mfn rootPointer(long gfn) {
        long table = rootTable(gfn);
        return table == BEYOND_ROOT ? null : new Mfn(table);
    }

    /** {@link #rootPointer} as a raw MFN, BEYOND_ROOT when past the concatenated pages. */
    private long rootTable(long gfn) {
        long root = registers.get(rootRegister);
        if (rootPages == 1) {
            return root;
        }
        long table = (gfn >>> order(rootLevel - 1)) & (Lpae.ENTRIES - 1);
        return table >= rootPages ? BEYOND_ROOT : root + table;
    }

    /** Records an error return with the check that fired, and returns the errno. */
    int error(int rc, String check) {
        trace.record(EventKind.ERROR, rc, 0, 0, check);
        return rc;
    }

    /**
     * p2m_get_entry (the p2m lock held): INVALID and the order of the hole for an unmapped GFN,
     * else the MFN backing the GFN inside its mapping, its type and the mapping's order.
     */
    P2mEntry getEntryLocked(Gfn gfn) {
        trace.enter("p2m_get_entry");
        try {
            long g = gfn.value();
            int level;
            // beyond the highest mapped GFN: the order is that of the largest block above max
            long maxMapped = registers.get(maxMappedRegister);
            if (Long.compareUnsigned(g, maxMapped) > 0) {
                for (level = rootLevel; level < 3; level++) {
                    if (Long.compareUnsigned(g & levelMaskGfn(level), maxMapped) > 0) {
                        break;
                    }
                }
                return hole(level);
            }
            long table = rootTable(g);
            if (table == BEYOND_ROOT) {
                throw new IllegalStateException("BUG: gfn " + gfn + " is below max_mapped_gfn but outside the root");
            }
            for (level = rootLevel; level < 3; level++) {
                long next = nextLevel(true, table, g, level);
                if (next == GUEST_TABLE_MAP_FAILED) {
                    return hole(level);
                } else if (next == GUEST_TABLE_SUPER_PAGE) {
                    break;
                }
                table = next;
            }
            trace.enter(levelFrame(level));
            long entry = frames.read(mapped[level], table, (int) offset(g, level));
            trace.leave();
            if (!P2mPte.valid(entry)) {
                return hole(level);
            }
            // the entry may be a superpage: the MFN of this GFN inside it
            Mfn mfn = P2mPte.base(entry).add(g & ((1L << order(level)) - 1));
            return new P2mEntry(mfn, P2mPte.type(entry), order(level));
        } finally {
            trace.leave();
        }
    }

    private static P2mEntry hole(int level) { return new P2mEntry(Mfn.INVALID, P2mType.INVALID, order(level)); }

    /**
     * p2m_next_level at {@code level} in {@code table}: a missing table is created unless
     * read-only; a superpage stops the walk (GUEST_TABLE_SUPER_PAGE); else the next table's MFN
     * (GUEST_TABLE_NORMAL_PAGE, where Xen moves its {@code lpae_t **table}).
     */
    private long nextLevel(boolean readOnly, long table, long gfn, int level) {
        trace.enter(levelFrame(level));
        try {
            int index = (int) offset(gfn, level);
            long entry = frames.read(mapped[level], table, index);
            if (!P2mPte.valid(entry)) {
                if (readOnly) {
                    return GUEST_TABLE_MAP_FAILED;
                }
                if (createTable(new Mfn(table), index) != 0) {
                    return GUEST_TABLE_MAP_FAILED;
                }
                entry = frames.read(mapped[level], table, index);
            }
            // never called at level 3, where the table bit means "page"
            if (P2mPte.mapping(entry)) {
                return GUEST_TABLE_SUPER_PAGE;
            }
            return P2mPte.baseMfn(entry);
        } finally {
            trace.leave();
        }
    }

    /** p2m_create_table: a zeroed page hooked in via the (invalid) entry. */
    private int createTable(Mfn table, int index) {
        trace.enter("p2m_create_table");
        try {
            Mfn page = frames.tryAllocate(FrameKind.P2M_TABLE, domain.id());
            if (page == null) {
                return error(Errno.ENOMEM, "p2m_create_table: alloc_domheap_page failed");
            }
            pages.addFirst(page);
            if (cleanPte) {
                cleanPage(page);
            }
            // the hardware ignores the permission fields of a table entry
            writePte(table, index, P2mPte.fromMfn(page, P2mType.INVALID));
            return 0;
        } finally {
            trace.leave();
        }
    }

    /** p2m_write_pte: the write, then a cache clean of the entry when the IOMMU walk is not coherent. */
    void writePte(Mfn table, int index, long pte) { writePte(table.value(), index, pte); }

    private void writePte(long table, int index, long pte) {
        frames.write(table, index, pte);
        cleanEntry(table, index);
    }

    /** {@link #writePte(long, int, long)} through the walk's mapping of the table. */
    private void writePte(MappedFrame map, long table, int index, long pte) {
        frames.write(map, table, index, pte);
        cleanEntry(table, index);
    }

    private void cleanEntry(long table, int index) {
        if (cleanPte) {
            trace.record(EventKind.CACHE_CLEAN, Trace.entryRef(table, index), 1, 0);
        }
    }

    /** p2m_remove_pte. */
    void removePte(Mfn table, int index) { writePte(table.value(), index, 0L); }

    /** clean_dcache_va_range over a whole table page (b = entries cleaned). */
    private void cleanPage(Mfn page) {
        trace.record(EventKind.CACHE_CLEAN, Trace.entryRef(page.value(), 0), Lpae.ENTRIES, 0);
    }

    /** p2m_flush_tlb (flush_tlb_domain in 4.7): Arm flushes the whole VMID (TLBI VMALLS12E1IS). */
    void flushTlb(String function) {
        trace.enter(function);
        trace.record(EventKind.TLB_FLUSH, domain.id(), 0, -1);
        trace.leave();
    }

    /** p2m_flush_tlb_sync. */
    private void flushTlbSync() {
        flushTlb("p2m_flush_tlb");
        setNeedFlush(false);
    }

    /**
     * p2m_set_entry (the write lock held): the range in the largest mappings the alignment of
     * (mfn unless removing) | gfn | nr allows, each through __p2m_set_entry; stops at the first error.
     */
    int setEntryLocked(Gfn sgfn, long nr, Mfn smfn, P2mType t) {
        trace.enter("p2m_set_entry");
        try {
            boolean removing = !smfn.isValid();
            long g = sgfn.value();
            long m = smfn.value();
            int rc = 0;
            while (nr != 0) {
                long mask = removing ? 0 : m;
                mask |= g | nr;
                int order;
                if (memAccessEnabled) {
                    order = THIRD_ORDER;   // the mem_access radix tree works on 4 KiB
                } else if ((mask & ((1L << FIRST_ORDER) - 1)) == 0) {
                    order = FIRST_ORDER;
                } else if ((mask & ((1L << SECOND_ORDER) - 1)) == 0) {
                    order = SECOND_ORDER;
                } else {
                    order = THIRD_ORDER;
                }
                rc = setEntryOne(g, order, removing ? Mfn.INVALID.value() : m, t);
                if (rc != 0) {
                    break;
                }
                g += 1L << order;
                if (!removing) {
                    m += 1L << order;
                }
                nr -= 1L << order;
            }
            return rc;
        } finally {
            trace.leave();
        }
    }

    /** __p2m_set_entry: one 4 KiB / 2 MiB / 1 GiB entry set (or removed when smfn is INVALID). */
    int setEntryOne(Gfn sgfn, int pageOrder, Mfn smfn, P2mType t) { return setEntryOne(sgfn.value(), pageOrder, smfn.value(), t); }

    /** {@link #setEntryOne(Gfn, int, Mfn, P2mType)} on raw frame numbers (smfn -1 is INVALID_MFN). */
    private int setEntryOne(long g, int pageOrder, long smfn, P2mType t) {
        trace.enter("__p2m_set_entry");
        try {
            int target = 3 - pageOrder / Lpae.LEVEL_SHIFT;
            boolean removing = smfn == Mfn.INVALID.value();
            long table = rootTable(g);
            if (table == BEYOND_ROOT) {
                return error(Errno.EINVAL, "p2m_get_root_pointer: gfn " + Gfn.of(g) + " is beyond the root tables");
            }
            int level;
            for (level = rootLevel; level < target; level++) {
                // no intermediate table is allocated for a removal
                long next = nextLevel(removing, table, g, level);
                if (next == GUEST_TABLE_MAP_FAILED) {
                    // removing what is not there is fine; an insertion could not get a table
                    return removing ? 0 : error(Errno.ENOENT, "p2m_next_level: no intermediate table at level " + level);
                } else if (next == GUEST_TABLE_SUPER_PAGE) {
                    break;
                }
                table = next;
            }
            if (level < target) {
                int rc = splitAndReplace(table, g, level, target);
                if (rc != 0) {
                    return rc;
                }
                // then move to the level we want to change
                for (; level < target; level++) {
                    table = nextLevel(true, table, g, level);
                }
            }
            return updateEntry(table, (int) offset(g, level), level, g, pageOrder, smfn, t);
        } finally {
            trace.leave();
        }
    }

    /**
     * The superpage met above the target level is split into a new sub-tree down to the target,
     * built on a copy of the entry, then installed with break-before-make (D4.7.1 in ARM DDI
     * 0487A.j): remove the entry, flush the TLB, write the table entry.
     */
    private int splitAndReplace(long table, long gfn, int level, int target) {
        trace.enter(levelFrame(level));
        try {
            int index = (int) offset(gfn, level);
            EntrySlot split = EntrySlot.local(frames.read(table, index));
            if (!splitSuperpage(split, level, target, gfn)) {
                countMappings(level, 1);   // the superpage is still in place
                freeEntry(split.value, level);
                return error(Errno.ENOMEM, "p2m_split_superpage: no page for the new table");
            }
            writePte(table, index, 0L);   // p2m_remove_pte
            flushTlbSync();
            writePte(table, index, split.value);
            return 0;
        } finally {
            trace.leave();
        }
    }

    /**
     * Where p2m_split_superpage's entry lives: the caller's stack copy (split_pte) at the top of the
     * split, a slot of the new table when a 1 GiB split recurses down to 4 KiB.
     */
    private static final class EntrySlot {
        final Mfn table;
        final int index;
        long value;

        private EntrySlot(Mfn table, int index, long value) {
            this.table = table;
            this.index = index;
            this.value = value;
        }

        static EntrySlot local(long value) { return new EntrySlot(null, -1, value); }

        boolean inMemory() { return table != null; }
    }

    /**
     * p2m_split_superpage: a new table of 512 entries covering the superpage with its attributes
     * (level-3 entries with the table bit set), recursing towards the target, then the table entry
     * written into the slot with p2m_write_pte. False when a page could not be allocated; the
     * partly built sub-tree is installed in the slot all the same, for the caller to free.
     */
    private boolean splitSuperpage(EntrySlot entry, int level, int target, long gfn) {
        trace.enter("p2m_split_superpage");
        try {
            long superpage = entry.inMemory() ? frames.read(entry.table, entry.index) : entry.value;
            Mfn mfn = P2mPte.base(superpage);
            int nextLevel = level + 1;
            int levelOrder = order(nextLevel);
            Mfn page = frames.tryAllocate(FrameKind.P2M_TABLE, domain.id());
            if (page == null) {
                return false;
            }
            pages.addFirst(page);
            for (int i = 0; i < Lpae.ENTRIES; i++) {
                long pte = P2mPte.withBase(superpage, mfn.add((long) i << levelOrder));
                pte = P2mPte.withTable(pte, nextLevel == 3);
                frames.write(page, i, pte);   // write_pte: no clean, the whole page is cleaned below
            }
            add(shatteredRegisters[level], 1);
            countMappings(level, -1);
            countMappings(nextLevel, Lpae.ENTRIES);
            boolean rv = true;
            if (nextLevel != target) {
                int index = (int) offset(gfn, nextLevel);
                rv = splitSuperpage(new EntrySlot(page, index, 0L), nextLevel, target, gfn);
            }
            if (cleanPte) {
                cleanPage(page);
            }
            long tablePte = P2mPte.fromMfn(page, P2mType.INVALID);
            if (entry.inMemory()) {
                writePte(entry.table, entry.index, tablePte);
            } else {
                entry.value = tablePte;
                if (cleanPte) {
                    // p2m_write_pte cleans the cache line of the stack copy too
                    trace.record(EventKind.CACHE_CLEAN, -1, 1, 0, "split_pte (stack copy)");
                }
            }
            return rv;
        } finally {
            trace.leave();
        }
    }

    /** The second half of __p2m_set_entry, at the target level. */
    private int updateEntry(long table, int index, int level, long g, int pageOrder, long smfn, P2mType t) {
        trace.enter(levelFrame(level));
        MappedFrame map = mapped[level];
        try {
            long orig = frames.read(map, table, index);
            // break-before-make: a valid entry is always removed first
            if (P2mPte.valid(orig)) {
                writePte(map, table, index, 0L);   // p2m_remove_pte
            }
            if (smfn == Mfn.INVALID.value()) {
                // the flush can be deferred when the entry is removed
                if (P2mPte.valid(orig)) {
                    setNeedFlush(true);
                }
            } else {
                long pte = P2mPte.fromMfn(smfn, t);
                if (level < 3) {
                    pte = P2mPte.withTable(pte, false);   // superpage entry
                }
                if (P2mPte.valid(orig)) {
                    if (!memAccessEnabled || P2mPte.clearPerm(pte) != P2mPte.clearPerm(orig)) {
                        flushTlbSync();
                    } else {
                        setNeedFlush(true);
                    }
                } else {
                    countMappings(level, 1);
                }
                writePte(map, table, index, pte);
                long end = g + (1L << pageOrder);
                if (Long.compareUnsigned(end, registers.get(maxMappedRegister)) > 0) {
                    registers.set(maxMappedRegister, end);
                }
                if (Long.compareUnsigned(g, registers.get(lowestMappedRegister)) < 0) {
                    registers.set(lowestMappedRegister, g);
                }
            }
            // free only when the base changed, compared after the write (not on a permission change)
            if (P2mPte.valid(orig) && P2mPte.baseMfn(frames.read(map, table, index)) != P2mPte.baseMfn(orig)) {
                freeEntry(orig, level);
            }
            if (domain.hasIommu() && (P2mPte.valid(orig) || P2mPte.valid(frames.read(map, table, index)))) {
                iotlbFlush(g, 1L << pageOrder);
            }
            return 0;
        } finally {
            trace.leave();
        }
    }

    /** iommu_iotlb_flush(d, gfn, page_count). */
    void iotlbFlush(long gfn, long count) {
        trace.enter("iommu_iotlb_flush");
        trace.record(EventKind.IOTLB_FLUSH, domain.id(), gfn, count);
        trace.leave();
    }

    /** p2m_free_entry: frees the sub-tree behind an entry, dropping the references of foreign pages. */
    private void freeEntry(long entry, int level) {
        trace.enter("p2m_free_entry");
        try {
            freeSubtree(entry, level);
        } finally {
            trace.leave();
        }
    }

    private void freeSubtree(long entry, int level) {
        if (!P2mPte.valid(entry)) {
            return;
        }
        if (P2mPte.isSuperpage(entry, level)) {
            countMappings(level, -1);   // nothing else to do for a superpage
            return;
        }
        if (level == 3) {
            countMappings(level, -1);
            putL3Page(P2mPte.base(entry), P2mPte.type(entry));
            return;
        }
        Mfn table = P2mPte.base(entry);
        trace.enter(levelFrame(level + 1));
        for (int i = 0; i < Lpae.ENTRIES; i++) {
            freeSubtree(frames.read(table, i), level + 1);
        }
        trace.leave();
        // every TLB reference must be gone before the table page is freed
        if (needFlush()) {
            flushTlbSync();
        }
        pages.removeFirstOccurrence(table);
        frames.free(table);
    }

    /**
     * p2m_put_l3_page: only foreign pages hold a reference (they cannot be mapped as superpages
     * today); page_alloc flushes the TLBs should the page be reallocated before the loop ends.
     */
    void putL3Page(Mfn mfn, P2mType type) {
        trace.enter("p2m_put_l3_page");
        try {
            if (type.isForeign()) {
                machine.putPage(mfn);
            }
        } finally {
            trace.leave();
        }
    }
}
