package org.p2mdbg.core.scenario;

/** A {@code key=value} argument and the columns where its key and its value start. */
record KeyValue(String key, String value, int keyColumn, int valueColumn) {
    /** How the argument is named in messages: {@code 'nr='}. */
    String label() { return "'" + key + "='"; }
}
