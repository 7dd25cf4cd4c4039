package org.p2mdbg.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;

import org.p2mdbg.core.check.Finding;
import org.p2mdbg.core.diff.TableTree;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.scenario.NumberSyntax;
import org.p2mdbg.core.scenario.RunResult;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.TraceCursor;
import org.p2mdbg.core.trace.TraceNavigator;
import org.p2mdbg.core.walk.WalkResult;
import org.p2mdbg.core.walk.WalkStep;
import org.p2mdbg.core.walk.Walker;

/**
 * The interactive stepper of {@code p2mdbg step}: reads one command a line, moves a
 * {@link TraceNavigator} through the recorded run (the machine's tables follow it, backwards
 * included) and prints where it lands. Works the same on a terminal and on piped input; the end of
 * the input ends it like {@code q}. A command it cannot do says why and changes nothing.
 */
final class Stepper {
    /** The commands, as {@code h} and {@code step --help} list them. */
    static final String HELP = "n, next [N]    forward one event (or N)\n"
            + "b, back [N]    back one event (or N)\n"
            + "o, over        to the start of the next operation\n"
            + "ob             back to the start of this operation (or of the previous one)\n"
            + "f / fb         to the next / previous finding\n"
            + "k KIND / kb KIND  to the next / previous event of a kind (PTE_WRITE, TLB_FLUSH, ...)\n"
            + "c NAME         to a checkpoint (or @start, @end, @N: after N events)\n"
            + "w DOMAIN N     walk gfn N of DOMAIN's p2m (or virtual address N with DOMAIN xen) as the tables are now\n"
            + "p              print the current event in full\n"
            + "h              this help\n"
            + "q              quit";

    private final RunResult run;
    private final BufferedReader in;
    private final PrintWriter out;
    private final TraceCursor cursor;
    private final TraceNavigator nav;
    private final EventText text;

    Stepper(RunResult run, BufferedReader in, PrintWriter out) {
        this.run = run;
        this.in = in;
        this.out = out;
        this.cursor = new TraceCursor(run.trace(), run.machine().frames());
        this.nav = new TraceNavigator(cursor);
        this.text = new EventText(run.machine());
    }

    /** Runs until q or the end of the input; the machine is back at the end of the run afterwards. */
    void run() throws IOException {
        nav.toStart();
        out.printf("%s: %d events, %d operations, %d findings, checkpoints: %s%n", RunJson.fileName(run.scenario().name()), run.events(),
                run.operations(), run.findings().size(), run.checkpoints().isEmpty() ? "none" : String.join(", ", run.checkpoints().keySet()));
        out.println("at the start, before event 0; 'h' for help");
        try {
            while (true) {
                out.print(prompt());
                out.flush();
                String line = in.readLine();
                if (line == null) {
                    out.println();
                    return;
                }
                String[] words = line.trim().split("\\s+");
                if (words[0].equals("q") || words[0].equals("quit")) {
                    return;
                }
                if (!words[0].isEmpty()) {
                    command(words);
                }
            }
        } finally {
            out.flush();
            cursor.toEnd();
        }
    }

    private String prompt() { return (nav.currentEvent() < 0 ? "start" : "#" + nav.currentEvent()) + "> "; }

    private void command(String[] w) {
        try {
            switch (w[0]) {
                case "n", "next" -> repeat(w, true);
                case "b", "back" -> repeat(w, false);
                case "o", "over" -> moved(nav.nextOperation(), "no later operation");
                case "ob" -> moved(nav.previousOperation(), "no earlier operation");
                case "f" -> moved(nav.nextOf(run.findings(), Finding::event) >= 0, "no later finding");
                case "fb" -> moved(nav.previousOf(run.findings(), Finding::event) >= 0, "no earlier finding");
                case "k" -> moved(nav.nextOf(kind(w)), "no later " + kind(w) + " event");
                case "kb" -> moved(nav.previousOf(kind(w)), "no earlier " + kind(w) + " event");
                case "c" -> {
                    TracePosition p = TracePosition.parse(argument(w, "a checkpoint name"), run);
                    cursor.seek(p.position());
                    show();
                }
                case "w" -> walk(argument(w, "a domain"), w.length > 2 ? w[2] : null);
                case "p" -> out.println(nav.currentEvent() < 0 ? "at the start: no event has happened yet" : text.full(nav.currentEvent()));
                case "h", "help", "?" -> out.println(HELP);
                default -> out.println("unknown command '" + w[0] + "' ('h' lists them)");
            }
        } catch (BadInputException e) {
            out.println(e.getMessage());
        }
    }

    private void repeat(String[] w, boolean forward) {
        long n = w.length > 1 ? count(w[1]) : 1;
        boolean any = false;
        for (long i = 0; i < n && (forward ? nav.stepForward() : nav.stepBack()); i++) {
            any = true;
        }
        moved(any, forward ? "at the end: no event after this one" : "at the start already");
    }

    private static long count(String word) {
        long n = NumberSyntax.number(word);
        if (n <= 0) {
            throw new BadInputException("expected a number of events (1 or more), found '" + word + "'");
        }
        return n;
    }

    private void moved(boolean moved, String otherwise) {
        if (moved) {
            show();
        } else {
            out.println(otherwise);
        }
    }

    private void show() {
        long e = nav.currentEvent();
        out.println(e < 0 ? "at the start, before event 0" : text.line(e) + "   [" + run.trace().callPaths().format(run.trace().path(e)) + "]");
    }

    private static EventKind kind(String[] w) {
        String name = argument(w, "an event kind").toUpperCase(Locale.ROOT).replace('-', '_');
        for (EventKind k : EventKind.values()) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        throw new BadInputException("expected an event kind (" + String.join(", ", Arrays.stream(EventKind.values()).map(Enum::name).toList())
                + "), found '" + w[1] + "'");
    }

    private static String argument(String[] w, String what) {
        if (w.length < 2) {
            throw new BadInputException("'" + w[0] + "' needs " + what);
        }
        return w[1];
    }

    /** The walk of one address through a tree as the tables stand at the current position. */
    private void walk(String tree, String address) {
        TableTree t = TableTreeArgument.named(run, tree);
        if (address == null) {
            throw new BadInputException("'w " + tree + "' needs " + (t.isXen() ? "a virtual address" : "a gfn"));
        }
        long n = NumberSyntax.number(address);
        if (n < 0) {
            throw new BadInputException("expected a number (decimal or 0x hex), found '" + address + "'");
        }
        long frame = t.isXen() ? n >>> Mfn.PAGE_SHIFT : n;
        int inputBits = t.isXen() ? TranslateCommand.VA_BITS - Mfn.PAGE_SHIFT : run.machine().virtPaging().ipaBits() - Mfn.PAGE_SHIFT;
        if (frame >>> inputBits != 0) {
            throw new BadInputException("expected " + (t.isXen() ? "a virtual address below 2^" + TranslateCommand.VA_BITS
                    : "a gfn below 2^" + inputBits) + ", found " + address);
        }
        if (!t.liveIn(run.machine().frames())) {
            out.println(t.title() + " does not exist at this point (not created yet, or torn down)");
            return;
        }
        WalkResult walk = Walker.walk(run.machine().frames()::peek, t.request(), frame);
        for (WalkStep s : walk.steps()) {
            out.printf("  level %d  table %s[%d] = 0x%016x  %s%n", s.level(), s.table(), s.index(), s.descriptor(),
                    DescriptorText.brief(s.descriptor(), s.level(), t.stage()));
        }
        out.println(walk.isMapped() ? "  " + t.frameName() + " " + Hex.of(frame) + " -> mfn " + walk.output() + " (order " + walk.order() + ")"
                : "  not mapped: the walk stopped at level " + walk.faultLevel());
    }
}
