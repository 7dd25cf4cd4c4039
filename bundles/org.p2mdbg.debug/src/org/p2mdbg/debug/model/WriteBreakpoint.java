package org.p2mdbg.debug.model;

import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.trace.BreakCondition;
import org.p2mdbg.debug.session.P2mSession;

/** Stops when a descriptor covering any GFN of a range of a domain's p2m is written. */
public final class WriteBreakpoint extends P2mBreakpoint {
    public static final String MARKER = "org.p2mdbg.debug.writeBreakpointMarker";
    static final String ATTR_DOMAIN = "org.p2mdbg.debug.domain";
    static final String ATTR_FIRST = "org.p2mdbg.debug.firstGfn";
    static final String ATTR_LAST = "org.p2mdbg.debug.lastGfn";

    public WriteBreakpoint() {}

    public WriteBreakpoint(String domain, long firstGfn, long lastGfn) throws CoreException {
        if (Long.compareUnsigned(firstGfn, lastGfn) > 0) {
            throw new CoreException(org.eclipse.core.runtime.Status.error("empty GFN range " + Hex.of(firstGfn) + ".." + Hex.of(lastGfn)));
        }
        create(MARKER, "on writes to " + domain + " GFN " + Hex.of(firstGfn) + ".." + Hex.of(lastGfn),
                Map.of(ATTR_DOMAIN, domain, ATTR_FIRST, Hex.of(firstGfn), ATTR_LAST, Hex.of(lastGfn)));
    }

    @Override
    public BreakCondition condition(P2mSession session) throws CoreException {
        String name = getMarker().getAttribute(ATTR_DOMAIN, "");
        long first = Long.parseUnsignedLong(getMarker().getAttribute(ATTR_FIRST, "0x0").substring(2), 16);
        long last = Long.parseUnsignedLong(getMarker().getAttribute(ATTR_LAST, "0x0").substring(2), 16);
        return session.machine().domain(name).map(d -> new BreakCondition.OnWrite(d.id(), first, last)).orElse(null);
    }
}
