package org.p2mdbg.rcp;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * The example scenarios the product carries (examples/*.p2m, copied into this bundle by the
 * build), each with the seed it belongs to and the first sentence of its leading comment.
 */
record Example(Path file, String seed, String summary) {
    static final String FOLDER = "examples";
    /** A full stop ending a sentence (not one of the two dots of a range such as lowest..max). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\.)\\.\\s");

    /** The examples of this bundle, by seed then name. */
    static List<Example> all() {
        Bundle bundle = Platform.getBundle("org.p2mdbg.rcp");
        List<Example> out = new ArrayList<>();
        var entries = bundle.findEntries(FOLDER, "*.p2m", false);
        for (URL url : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            try {
                Path file = Path.of(FileLocator.toFileURL(url).getPath());
                out.add(new Example(file, seedOf(file), summaryOf(Files.readAllLines(file))));
            } catch (IOException e) {
                Platform.getLog(Example.class).warn("example " + url + " cannot be read: " + e.getMessage());
            }
        }
        out.sort(Comparator.comparing(Example::seed).thenComparing(e -> e.file().getFileName().toString()));
        return out;
    }

    /** The file name without .p2m. */
    String name() {
        String n = file.getFileName().toString();
        return n.endsWith(".p2m") ? n.substring(0, n.length() - 4) : n;
    }

    /** "seed000" for seed000-relinquish-lookup.p2m; "" (first) for examples of no seed. */
    static String seedOf(Path file) {
        String n = file.getFileName().toString();
        return n.matches("seed\\d{3}-.*") ? n.substring(0, 7) : "";
    }

    /** The first sentence of the comment lines a scenario starts with. */
    static String summaryOf(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (!line.startsWith("#")) {
                break;
            }
            text.append(line.substring(1).strip()).append(' ');
        }
        String all = text.toString().strip();
        Matcher end = SENTENCE_END.matcher(all);
        return end.find() ? all.substring(0, end.start() + 1) : all;
    }
}
