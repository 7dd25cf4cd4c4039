package org.p2mdbg.rcp;

import java.nio.file.Path;

/** What the product was asked to do on its command line: which scenario to open, whether to self-test. */
record LaunchArguments(Path scenario, Path selfTestDir) {
    static LaunchArguments parse(String[] args) {
        Path scenario = null;
        Path selfTest = null;
        for (int i = 0; i < args.length; i++) {
            if ("-selftest".equals(args[i]) && i + 1 < args.length) {
                selfTest = Path.of(args[++i]);
            } else if ("-scenario".equals(args[i]) && i + 1 < args.length) {
                scenario = Path.of(args[++i]);
            }
        }
        return new LaunchArguments(scenario, selfTest);
    }

    boolean selfTest() { return selfTestDir != null; }
}
