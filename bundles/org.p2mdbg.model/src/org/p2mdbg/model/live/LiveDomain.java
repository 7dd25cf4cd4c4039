package org.p2mdbg.model.live;

import static org.p2mdbg.model.P2mPackage.Literals.DOMAIN__STATE;

import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.machine.DomainState;
import org.p2mdbg.model.impl.DomainImpl;

/** A domain, backed by the core's {@link Domain}; on Arm it holds the domain's p2m. */
public final class LiveDomain extends DomainImpl {
    private final Domain core;

    LiveDomain(Domain core, DomainState state) {
        this.core = core;
        setName(core.name());
        setId(core.id());
        setVcpus(core.vcpus());
        setState(state);
        if (core.machine().arch().isArm()) {
            setP2m(new LiveP2m(core.p2m()));
        }
    }

    public Domain core() { return core; }

    /** Takes the domain's state at the trace position (computed by the caller) and refreshes its p2m. */
    void refresh(DomainState state) {
        ModelUpdates.set(this, DOMAIN__STATE, state);
        if (getP2m() instanceof LiveP2m p2m) {
            p2m.refresh();
        }
    }
}
