package org.p2mdbg.core.scenario;

/** A whitespace-separated word of a statement and the 1-based column where it starts. */
record Word(String text, int column) {
    boolean isKeyValue() { return text.indexOf('=') >= 0; }

    /** Text shown in an error message: quoted, control characters replaced, long words cut. */
    String quoted() { return quote(text); }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("'");
        int limit = Math.min(s.length(), 40);
        for (int i = 0; i < limit; i++) {
            char c = s.charAt(i);
            b.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        if (s.length() > limit) {
            b.append("...");
        }
        return b.append('\'').toString();
    }
}
