package org.p2mdbg.core.scenario;

import org.p2mdbg.core.machine.DomainState;
import org.p2mdbg.core.mem.Gfn;

/**
 * A domain at the end of a run, as the JSON contract shows it. {@code mappedPages} counts the 4 KiB
 * frames the p2m's entries map now (a relinquish that leaves entries in place leaves them counted);
 * {@code tables} the p2m's table pages, root included; {@code refsHeld} the page references the
 * domain's operations took on other domains' pages and have not dropped (negative when they
 * dropped more than they took: a reference put twice).
 */
public record DomainSummary(String name, int id, DomainState state, long mappedPages, Gfn lowestMappedGfn,
        Gfn maxMappedGfn, int tables, long refsHeld) {}
