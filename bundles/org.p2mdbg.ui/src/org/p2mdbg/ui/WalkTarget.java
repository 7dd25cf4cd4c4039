package org.p2mdbg.ui;

import org.p2mdbg.core.walk.WalkResult;

/** A walk to draw: what was walked (e.g. "guest GFN 0x80000 (stage 2)") and the walk itself. */
public record WalkTarget(String title, WalkResult walk) {}
