package org.p2mdbg.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.p2mdbg.model.P2mPackage;

/**
 * The committed generated code matches model/p2mdbg.ecore: the generated package has the file's
 * classifiers and each class's features in the file's order (an edit of the .ecore without
 * releng/org.p2mdbg.codegen/generate.sh fails here). The file is read line by line, one element a
 * line, as it is written.
 */
class EcoreFileTest {
    private static final Pattern CLASSIFIER = Pattern.compile("<eClassifiers [^>]*\\bname=\"(\\w+)\"");
    private static final Pattern FEATURE = Pattern.compile("<eStructuralFeatures [^>]*\\bname=\"(\\w+)\"");

    @Test void theGeneratedPackageHasEveryClassifierAndFeatureOfTheEcoreFile() throws Exception {
        String ecore;
        try (InputStream in = P2mPackage.class.getResourceAsStream("/model/p2mdbg.ecore")) {
            assertNotNull(in, "model/p2mdbg.ecore is not in the bundle");
            ecore = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(ecore.contains("nsURI=\"" + P2mPackage.eNS_URI + "\""));
        Map<String, List<String>> inFile = new TreeMap<>();
        List<String> features = null;
        for (String line : ecore.split("\n")) {
            Matcher c = CLASSIFIER.matcher(line);
            Matcher f = FEATURE.matcher(line);
            if (c.find()) {
                features = new ArrayList<>();
                inFile.put(c.group(1), features);
            } else if (f.find()) {
                features.add(f.group(1));
            }
        }
        assertEquals(inFile, generated(P2mPackage.eINSTANCE));
    }

    /** Each classifier's own features, in feature-id order (the generator puts enums and data types after the classes). */
    private static Map<String, List<String>> generated(EPackage p) {
        Map<String, List<String>> out = new TreeMap<>();
        for (EClassifier c : p.getEClassifiers()) {
            List<String> features = new ArrayList<>();
            if (c instanceof EClass k) {
                for (EStructuralFeature f : k.getEStructuralFeatures()) {
                    features.add(f.getName());
                }
            }
            out.put(c.getName(), features);
        }
        return out;
    }
}
