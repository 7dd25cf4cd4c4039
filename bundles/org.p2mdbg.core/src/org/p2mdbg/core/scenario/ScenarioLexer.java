package org.p2mdbg.core.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a scenario into statements: one a line, or several separated by {@code ;}; {@code #} starts
 * a comment that runs to the end of the line; words are separated by spaces or tabs (a tab counts
 * as one column).
 */
final class ScenarioLexer {
    private ScenarioLexer() {}

    static List<RawStatement> statements(String file, String source) {
        List<RawStatement> out = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int comment = line.indexOf('#');
            int end = comment >= 0 ? comment : line.length();
            if (comment < 0 && end > 0 && line.charAt(end - 1) == '\r') {
                end--;
            }
            int start = 0;
            while (start <= end) {
                int semi = line.indexOf(';', start);
                int stop = semi >= 0 && semi < end ? semi : end;
                RawStatement s = statement(file, i + 1, line, start, stop);
                if (s != null) {
                    out.add(s);
                }
                start = stop + 1;
            }
        }
        return out;
    }

    /** The statement in line[from, to), or null when that part holds only blanks. */
    private static RawStatement statement(String file, int lineNumber, String line, int from, int to) {
        List<Word> words = new ArrayList<>();
        int i = from;
        int last = -1;
        while (i < to) {
            if (isBlank(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < to && !isBlank(line.charAt(i))) {
                i++;
            }
            words.add(new Word(line.substring(start, i), start + 1));
            last = i;
        }
        if (words.isEmpty()) {
            return null;
        }
        String text = line.substring(words.get(0).column() - 1, last);
        return new RawStatement(file, lineNumber, text, List.copyOf(words), last + 1);
    }

    private static boolean isBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f'; }
}
