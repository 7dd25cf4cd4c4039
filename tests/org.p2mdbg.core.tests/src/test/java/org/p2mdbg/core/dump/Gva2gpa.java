package org.p2mdbg.core.dump;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One line of QEMU's gva2gpa answers as make-dump.sh saves them: "0xVA gpa: 0xPA" or "0xVA Unmapped". */
record Gva2gpa(String line, long va, String answer) {
    static List<Gva2gpa> read(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(l -> {
            String[] w = l.split(" ", 2);
            return new Gva2gpa(l, Long.parseUnsignedLong(w[0].substring(2), 16), w[1]);
        }).toList();
    }

    boolean mapped() { return !answer.equals("Unmapped"); }

    long pa() { return Long.parseUnsignedLong(answer.substring("gpa: 0x".length()), 16); }
}
