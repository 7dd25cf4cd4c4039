package org.p2mdbg.core.dump;

import org.p2mdbg.core.mem.Pa;
import org.p2mdbg.core.mem.Va;

/**
 * Adjacent pages and blocks merged into one line: virtually and physically contiguous, with equal
 * effective attributes. {@code leaves} counts the page-table entries merged.
 */
public record MappedRange(String region, Va start, Pa pa, long size, PageAttributes attributes, long leaves) {
    /** One past the last virtual byte of the range. */
    public Va end() { return new Va(start.value() + size); }
}
