package org.p2mdbg.core.machine;

/**
 * A domain's life cycle as Xen's domain_kill sees it: running, dying while its resources are
 * relinquished (with continuations), destroyed once the p2m is torn down.
 */
public enum DomainState {
    RUNNING, DYING, DESTROYED;

    public String scenarioName() { return name().toLowerCase(java.util.Locale.ROOT); }
}
