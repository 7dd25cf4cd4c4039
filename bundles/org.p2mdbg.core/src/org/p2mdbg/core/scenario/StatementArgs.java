package org.p2mdbg.core.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The arguments of one statement: positional words first (a domain name, an action), then
 * {@code key=value} pairs in any order. Unknown and repeated keys are rejected when it is built;
 * each accessor reports what it expected, where, and what it found instead.
 */
final class StatementArgs {
    private final RawStatement raw;
    private final List<Word> positionals = new ArrayList<>();
    private final Map<String, KeyValue> keys = new LinkedHashMap<>();
    private int nextPositional;
    private Word previous;

    StatementArgs(RawStatement raw, List<String> allowedKeys) {
        this.raw = raw;
        this.previous = raw.keyword();
        List<Word> words = raw.words();
        for (Word w : words.subList(1, words.size())) {
            if (!w.isKeyValue()) {
                if (!keys.isEmpty()) {
                    throw raw.error(w.column(), "expected key=value, found " + w.quoted());
                }
                positionals.add(w);
                continue;
            }
            int eq = w.text().indexOf('=');
            String key = w.text().substring(0, eq);
            if (key.isEmpty()) {
                throw raw.error(w.column(), "expected a key before '=', found " + w.quoted());
            }
            if (!allowedKeys.contains(key)) {
                throw raw.error(w.column(), "expected " + keyList(allowedKeys) + " in '" + keyword()
                        + "', found unknown key " + Word.quote(key));
            }
            KeyValue kv = new KeyValue(key, w.text().substring(eq + 1), w.column(), w.column() + eq + 1);
            KeyValue first = keys.putIfAbsent(key, kv);
            if (first != null) {
                throw raw.error(w.column(), "expected each key once, found " + kv.label() + " again (first at column "
                        + first.keyColumn() + ")");
            }
        }
    }

    String keyword() { return raw.keyword().text(); }

    RawStatement raw() { return raw; }

    /** The next positional word, e.g. the domain of {@code populate guest ...}. */
    Word positional(String what) {
        if (nextPositional == positionals.size()) {
            throw raw.error(raw.endColumn(), "expected " + what + " after " + previous.quoted() + ", found "
                    + (keys.isEmpty() ? "end of statement" : "key " + keys.values().iterator().next().label()));
        }
        previous = positionals.get(nextPositional++);
        return previous;
    }

    /** No positional word may be left over. */
    void noMorePositionals() {
        if (nextPositional < positionals.size()) {
            Word extra = positionals.get(nextPositional);
            throw raw.error(extra.column(), "expected key=value or end of statement, found " + extra.quoted());
        }
    }

    Optional<KeyValue> optional(String key) { return Optional.ofNullable(keys.get(key)); }

    boolean has(String key) { return keys.containsKey(key); }

    KeyValue required(String key) {
        KeyValue kv = keys.get(key);
        if (kv == null) {
            throw raw.error(raw.endColumn(), "expected '" + key + "=' in '" + keyword() + "', found none");
        }
        return kv;
    }

    /** Exactly one of two alternative keys (e.g. {@code nr=} or {@code size=}). */
    KeyValue oneOf(String a, String b) {
        KeyValue ka = keys.get(a);
        KeyValue kb = keys.get(b);
        if (ka != null && kb != null) {
            KeyValue second = ka.keyColumn() < kb.keyColumn() ? kb : ka;
            throw raw.error(second.keyColumn(), "expected either '" + a + "=' or '" + b + "=', found both");
        }
        if (ka == null && kb == null) {
            throw raw.error(raw.endColumn(), "expected '" + a + "=' or '" + b + "=' in '" + keyword() + "', found neither");
        }
        return ka != null ? ka : kb;
    }

    ScenarioException error(KeyValue kv, String reason) { return raw.error(kv.valueColumn(), reason); }

    ScenarioException error(Word w, String reason) { return raw.error(w.column(), reason); }

    private static String keyList(List<String> allowed) {
        if (allowed.isEmpty()) {
            return "no keys";
        }
        List<String> names = new ArrayList<>();
        for (String k : allowed) {
            names.add(k + "=");
        }
        return "one of " + String.join(", ", names);
    }
}
