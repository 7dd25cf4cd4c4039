package org.p2mdbg.core.scenario.ast;

/**
 * The statements that take a domain down. {@code destroy} is Xen's whole path (relinquish with its
 * restarts, then teardown); {@code relinquish} and {@code teardown} are its two halves as separate
 * steps, so that an operation can be placed between them.
 */
public enum DomainStep {
    DESTROY("destroy"), RELINQUISH("relinquish"), TEARDOWN("teardown");

    private final String keyword;

    DomainStep(String keyword) { this.keyword = keyword; }

    public String keyword() { return keyword; }
}
