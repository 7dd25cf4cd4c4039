package org.p2mdbg.core.store;

import org.p2mdbg.core.scenario.RunResult;

/** A run together with what it was made from: what a session file saves and a load gives back. */
public record Session(SessionSource source, RunResult result) {}
