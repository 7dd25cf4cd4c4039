package org.p2mdbg.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the EMF model code (org.p2mdbg.model/src-gen) and the item providers
 * (org.p2mdbg.model.edit/src-gen) from model/p2mdbg.genmodel, without Eclipse running.
 *
 * <p>The generator writes into a scratch copy of the two projects, so it never merges with
 * (or leaves stale files among) the committed output; then only what is generated is copied back:
 * both src-gen folders, and the edit bundle's plugin.properties (its labels) and icons. The
 * manifests, build files and plugin.xml files of the bundles are hand-written.
 *
 * <p>Usage: {@code GenerateModel <repository root>}
 */
public final class GenerateModel {
    private static final String MODEL = "org.p2mdbg.model";
    private static final String EDIT = "org.p2mdbg.model.edit";

    private GenerateModel() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: GenerateModel <repository root>");
            System.exit(2);
        }
        Path bundles = Path.of(args[0]).toAbsolutePath().normalize().resolve("bundles");
        Path scratch = Files.createTempDirectory("p2mdbg-codegen");
        try {
            generate(bundles.resolve(MODEL).resolve("model/p2mdbg.genmodel"), scratch);
            replaceTree(scratch.resolve(MODEL).resolve("src-gen"), bundles.resolve(MODEL).resolve("src-gen"));
            replaceTree(scratch.resolve(EDIT).resolve("src-gen"), bundles.resolve(EDIT).resolve("src-gen"));
            replaceTree(scratch.resolve(EDIT).resolve("icons"), bundles.resolve(EDIT).resolve("icons"));
            // The template has no provider setting; every other line of the file is as generated.
            String properties = Files.readString(scratch.resolve(EDIT).resolve("plugin.properties"))
                    .replace("providerName = www.example.org", "providerName = P2M Debugger");
            Files.writeString(bundles.resolve(EDIT).resolve("plugin.properties"), properties);
        } finally {
            deleteTree(scratch);
        }
    }

    private static void generate(Path genModelFile, Path scratch) {
        // Standalone EMF: register what the Eclipse extension registry would.
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        // The genmodel names its output folders as workspace paths (/org.p2mdbg.model/src-gen).
        for (String project : List.of(MODEL, EDIT)) {
            EcorePlugin.getPlatformResourceMap().put(project, URI.createFileURI(scratch.resolve(project) + "/"));
        }

        Resource resource = resources.getResource(URI.createFileURI(genModelFile.toString()), true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        Diagnostic valid = genModel.diagnose();
        if (valid.getSeverity() == Diagnostic.ERROR) {
            fail("the genmodel is not valid", valid);
        }
        genModel.setCanGenerate(true);

        Generator generator = new Generator();
        generator.setInput(genModel);
        for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor());
            if (result.getSeverity() == Diagnostic.ERROR) {
                fail("generating the " + projectType + " code failed", result);
            }
        }
    }

    private static void fail(String what, Diagnostic diagnostic) {
        StringBuilder text = new StringBuilder(what).append(": ").append(diagnostic.getMessage());
        for (Diagnostic child : diagnostic.getChildren()) {
            text.append("\n  ").append(child.getMessage());
        }
        throw new IllegalStateException(text.toString());
    }

    private static void replaceTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            throw new IllegalStateException("the generator produced no " + from);
        }
        deleteTree(to);
        try (var paths = Files.walk(from)) {
            paths.forEach(p -> copy(p, to.resolve(from.relativize(p).toString())));
        }
    }

    private static void copy(Path from, Path to) {
        try {
            if (Files.isDirectory(from)) {
                Files.createDirectories(to);
            } else {
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
