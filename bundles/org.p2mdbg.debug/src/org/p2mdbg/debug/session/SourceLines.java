package org.p2mdbg.debug.session;

/** Offsets of lines in a scenario's text, for markers that name a line and underline part of it. */
public final class SourceLines {
    private SourceLines() {}

    /** Where 1-based line {@code line} starts in the text, -1 past its end. */
    public static int lineStart(String text, int line) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return -1;
            }
        }
        return offset;
    }

    /** Where the statement on the line starting at {@code start} ends: before its comment and trailing blanks. */
    public static int statementEnd(String text, int start) {
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        int comment = text.indexOf('#', start);
        if (comment >= 0 && comment < end) {
            end = comment;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
