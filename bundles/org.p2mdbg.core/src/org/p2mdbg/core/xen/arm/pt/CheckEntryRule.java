package org.p2mdbg.core.xen.arm.pt;

import org.p2mdbg.core.machine.Errno;

/**
 * Every check that makes a Xen hypervisor page-table update fail, named after what it refuses.
 * Most are the rejections of xen_pt_check_entry (-EINVAL); the others are xen_pt_update's checks
 * of its arguments and the walk failures of xen_pt_update_entry. Each failure is recorded as an
 * ERROR event whose detail is {@link #kebabName()}, in the function {@link #function()}.
 */
public enum CheckEntryRule {
    WRITE_AND_EXECUTE("w^x", Errno.EINVAL, "xen_pt_update",
            "a present mapping may not be both writable and executable"),
    CONTIG_INTERNAL_FLAG("contig-internal-flag", Errno.EINVAL, "xen_pt_update",
            "_PAGE_CONTIG is set by xen_pt_update itself, never by its caller (merged only)"),
    UNALIGNED_VIRT("unaligned-virt", Errno.EINVAL, "xen_pt_update",
            "the virtual address is not aligned to 4 KiB"),
    OUT_OF_MEMORY("out-of-memory", Errno.ENOMEM, "create_xen_table",
            "no free frame for a missing table; the caller turns this into -ENOENT"),
    MISSING_TABLE("missing-table", Errno.ENOENT, "xen_pt_update_entry",
            "an intermediate table is missing: a modify does not create tables, or creating it failed"),
    SHATTER_SUPERPAGE("shatter-superpage", Errno.EOPNOTSUPP, "xen_pt_update_entry",
            "a superpage lies above the target level and shattering it is not supported"),
    MODIFY_INVALID_ENTRY("modify-invalid-entry", Errno.EINVAL, "xen_pt_check_entry",
            "only a valid entry can have its permissions modified"),
    MODIFY_TABLE("modify-table", Errno.EINVAL, "xen_pt_check_entry",
            "the entry to modify is not a mapping (a table)"),
    MODIFY_ATTRIBUTE_CHANGE("modify-attribute-change", Errno.EINVAL, "xen_pt_check_entry",
            "a modify may not change the memory attribute index"),
    MODIFY_CONTIGUOUS("modify-contiguous", Errno.EINVAL, "xen_pt_check_entry",
            "an entry with the contiguous bit set may not be modified"),
    INSERT_REPLACES_VALID("insert-replaces-valid", Errno.EINVAL, "xen_pt_check_entry",
            "an insert may not replace a valid mapping"),
    INSERT_REPLACES_TABLE("insert-replaces-table", Errno.EINVAL, "xen_pt_check_entry",
            "an insert may not replace a table with a mapping"),
    REMOVE_TABLE("remove-table", Errno.EINVAL, "xen_pt_check_entry",
            "a remove may not remove a table"),
    REMOVE_CONTIGUOUS("remove-contiguous", Errno.EINVAL, "xen_pt_check_entry",
            "an entry with the contiguous bit set may not be removed");

    private final String kebabName;
    private final int errno;
    private final String function;
    private final String explanation;

    CheckEntryRule(String kebabName, int errno, String function, String explanation) {
        this.kebabName = kebabName;
        this.errno = errno;
        this.function = function;
        this.explanation = explanation;
    }

    /** The stable name used in traces, scenarios and JSON ("insert-replaces-valid"). */
    public String kebabName() { return kebabName; }

    /** The negative error number the failing function returns. */
    public int errno() { return errno; }

    /** The Xen function whose check fires. */
    public String function() { return function; }

    public String explanation() { return explanation; }
}
