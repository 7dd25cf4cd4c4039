package org.p2mdbg.debug.ui;

import java.util.List;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.jface.resource.JFaceResources;

/** Colours a scenario: comments, statement words, key= names, and numbers. */
public final class ScenarioPresentationReconciler extends PresentationReconciler {
    /** The statement words of SCENARIOS.md (and our extensions). */
    static final List<String> STATEMENTS = List.of("machine", "option", "domain", "populate", "map", "unmap", "device",
            "iommu-map", "iommu-unmap", "xen-pt", "vlpt", "pv-pin", "pv-cr3", "pv-exit", "destroy", "relinquish",
            "teardown", "checkpoint");

    public ScenarioPresentationReconciler() {
        RuleBasedScanner scanner = new RuleBasedScanner();
        IToken comment = token(new RGB(63, 127, 95), SWT.ITALIC);
        IToken statement = token(new RGB(127, 0, 85), SWT.BOLD);
        IToken key = token(new RGB(0, 0, 192), SWT.NORMAL);
        IToken number = token(new RGB(125, 60, 0), SWT.NORMAL);
        WordRule words = new WordRule(new ScenarioWords(), Token.UNDEFINED);
        STATEMENTS.forEach(s -> words.addWord(s, statement));
        scanner.setRules(new IRule[] {new EndOfLineRule("#", comment), new KeyRule(key), words, new NumberRule(number)});
        DefaultDamagerRepairer dr = new DefaultDamagerRepairer(scanner);
        setDamager(dr, org.eclipse.jface.text.IDocument.DEFAULT_CONTENT_TYPE);
        setRepairer(dr, org.eclipse.jface.text.IDocument.DEFAULT_CONTENT_TYPE);
    }

    private static IToken token(RGB rgb, int style) {
        return new Token(new TextAttribute(JFaceResources.getResources().createColor(rgb), null, style));
    }

    /** Words of the language: letters, digits, '-' (iommu-map, xen-pt). */
    static final class ScenarioWords implements IWordDetector {
        @Override public boolean isWordStart(char c) { return Character.isLetter(c); }

        @Override public boolean isWordPart(char c) { return Character.isLetterOrDigit(c) || c == '-' || c == '_'; }
    }
}
