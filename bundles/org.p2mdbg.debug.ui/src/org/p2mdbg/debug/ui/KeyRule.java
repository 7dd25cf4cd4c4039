package org.p2mdbg.debug.ui;

import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;

/** A "key=" of a scenario statement (gfn=, nr=, foreign=...): a word immediately followed by '='. */
final class KeyRule implements IRule {
    private final IToken token;

    KeyRule(IToken token) { this.token = token; }

    @Override
    public IToken evaluate(ICharacterScanner scanner) {
        int read = 0;
        int c = scanner.read();
        read++;
        if (c == ICharacterScanner.EOF || !Character.isLetter(c)) {
            unread(scanner, read);
            return Token.UNDEFINED;
        }
        while (true) {
            c = scanner.read();
            read++;
            if (c == '=') {
                return token;
            }
            if (c == ICharacterScanner.EOF || !(Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
                unread(scanner, read);
                return Token.UNDEFINED;
            }
        }
    }

    private static void unread(ICharacterScanner scanner, int n) {
        for (int i = 0; i < n; i++) {
            scanner.unread();
        }
    }
}
