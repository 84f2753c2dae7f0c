package com.cxalign.jira.stubs;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Keeps the stubs honest: the plugin may use an Atlassian type only through a stub with recorded evidence or a real
 * library from Maven Central, and no stub may exist that nothing uses.
 */
public class ApiStubInventoryTest {

    private static final Path MAIN_CLASSES = Paths.get("target", "classes", "com", "cxalign");
    private static final Path TEST_CLASSES = Paths.get("target", "test-classes", "com", "cxalign");

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    @Test
    public void everyTypeThePluginUsesComesFromTheJdkARealLibraryOrAListedStub() {
        assertEquals("Types the plugin uses without a legitimate source", Map.of(),
                problemsOfTypesUsedUnder(MAIN_CLASSES));
    }

    @Test
    public void aJiraTypeThatIsNeitherStubbedNorOnMavenCentralIsReported() throws Exception {
        Path classes = temp.newFolder("com", "cxalign").toPath();
        Files.write(classes.resolve("UsesSearchService.class"),
                classReferring("com/cxalign/UsesSearchService", "com/atlassian/jira/bc/issue/search/SearchService"));

        assertEquals(Set.of("com.atlassian.jira.bc.issue.search.SearchService"),
                problemsOfTypesUsedUnder(classes).keySet());
    }

    @Test
    public void anAtlassianTypeFromATestOnlyShimIsReported() throws Exception {
        Path classes = temp.newFolder("com", "cxalign").toPath();
        Files.write(classes.resolve("UsesMetrics.class"),
                classReferring("com/cxalign/UsesMetrics", "com/atlassian/util/profiling/Metrics"));

        assertTrue(problemsOfTypesUsedUnder(classes).get("com.atlassian.util.profiling.Metrics")
                .contains("Atlassian types must be stubs"));
    }

    @Test
    public void everyStubIsUsedByThePluginOrItsTests() {
        Set<String> used = new TreeSet<>(ReferencedTypes.under(MAIN_CLASSES).keySet());
        used.addAll(ReferencedTypes.under(TEST_CLASSES).keySet());
        Set<String> unused = new TreeSet<>(ApiStubs.types());
        unused.removeAll(used);
        assertEquals("Stubs that nothing uses (delete them: stub only what the code calls)", Set.of(), unused);
    }

    @Test
    public void everyStubHasAReadmeRowWithItsArtifactJavadocAndJira10Evidence() {
        Map<String, String[]> rows = ApiStubs.readmeRows();
        Set<String> missing = new TreeSet<>(ApiStubs.types());
        missing.removeAll(rows.keySet());
        assertEquals("Stubs without a row in " + ApiStubs.README, Set.of(), missing);

        Set<String> orphanRows = new TreeSet<>(rows.keySet());
        orphanRows.removeAll(ApiStubs.types());
        assertEquals("Rows in " + ApiStubs.README + " for types that are not stubbed", Set.of(), orphanRows);

        rows.forEach((type, cells) -> {
            assertTrue(type + ": no artifact", cells[0].contains(":"));
            assertTrue(type + ": no javadoc or source reference", cells[1].length() > 10);
            assertTrue(type + ": no Jira 10 evidence", cells[2].length() > 10);
        });
    }

    private static Map<String, String> problemsOfTypesUsedUnder(Path classes) {
        Set<String> stubs = ApiStubs.types();
        Map<String, String> problems = new TreeMap<>();
        ReferencedTypes.under(classes).forEach((type, referrer) -> {
            if (type.startsWith("java.") || type.startsWith("com.cxalign.")) {
                return;
            }
            String origin = origin(type);
            if (origin == null) {
                problems.put(type, "used by " + referrer + " but in neither a stub nor a dependency");
            } else if (type.startsWith("com.atlassian.") && !stubs.contains(type)) {
                problems.put(type, "used by " + referrer + " and found in " + origin
                        + ", which is not src/api-stubs: Atlassian types must be stubs with evidence");
            } else if (stubs.contains(type) && !origin.contains("target/classes")) {
                problems.put(type, "stubbed, but loaded from " + origin);
            }
        });
        return problems;
    }

    /** A class file whose one field has the given type: the smallest bytecode that refers to it. */
    private static byte[] classReferring(String className, String referencedType) {
        ClassWriter writer = new ClassWriter(0);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, className, null, "java/lang/Object", null);
        writer.visitField(Opcodes.ACC_PRIVATE, "dependency", "L" + referencedType + ";", null, null).visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    /** Where the test classpath finds the type (a jar or folder), or null if nowhere. */
    private static String origin(String type) {
        try {
            Class<?> loaded = Class.forName(type, false, ApiStubInventoryTest.class.getClassLoader());
            CodeSource source = loaded.getProtectionDomain().getCodeSource();
            URL location = source == null ? null : source.getLocation();
            return location == null ? "the JDK" : location.getPath();
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
