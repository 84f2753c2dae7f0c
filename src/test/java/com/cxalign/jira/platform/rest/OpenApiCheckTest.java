package com.cxalign.jira.platform.rest;

import static org.junit.Assert.assertEquals;

import com.cxalign.jira.platform.rest.fixture.CompliantResource;
import com.cxalign.jira.testing.rest.PluginClasses;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.Test;

/** docs/rest-api.yaml describes every operation the plugin's REST resources serve, and no other. */
public class OpenApiCheckTest {

    private static final String GOALS_DOCUMENTED = String.join("\n",
            "openapi: 3.0.3",
            "paths:",
            "  /goals:",
            "    get:",
            "      summary: List goals",
            "    post:",
            "      summary: Add a goal",
            "  '/goals/{id}':",
            "    parameters:",
            "      - name: id",
            "    get:",
            "      summary: One goal",
            "    put:",
            "      summary: Replace a goal",
            "    delete:",
            "      summary: Delete a goal",
            "  /goals/admin-report:",
            "    get:",
            "      summary: For administrators",
            "components:",
            "  schemas:",
            "    ErrorBody:",
            "      type: object",
            "");

    @Test
    public void theRealDocumentDescribesEveryOperationThePluginServes() throws IOException {
        String yaml = Files.readString(Paths.get(OpenApiCheck.DOCUMENT), StandardCharsets.UTF_8);

        assertEquals(List.of(), OpenApiCheck.problemsOf(ResourceMethod.of(PluginClasses.all()), yaml));
    }

    @Test
    public void aFullyDocumentedResourcePasses() {
        assertEquals(List.of(), OpenApiCheck.problemsOf(ResourceMethod.of(List.of(CompliantResource.class)),
                GOALS_DOCUMENTED));
    }

    @Test
    public void anOperationMissingFromTheDocumentIsReportedByMethodAndPath() {
        String withoutDelete = GOALS_DOCUMENTED.replace("    delete:\n      summary: Delete a goal\n", "");

        assertEquals(List.of("CompliantResource.delete (DELETE /goals/{id}) is not described in docs/rest-api.yaml"),
                OpenApiCheck.problemsOf(ResourceMethod.of(List.of(CompliantResource.class)), withoutDelete));
    }

    @Test
    public void anOperationNoResourceServesIsReported() {
        String withExtra = GOALS_DOCUMENTED.replace("components:", "  /goals/{id}/archive:\n    post:\n"
                + "      summary: Archive\ncomponents:");

        assertEquals(List.of("docs/rest-api.yaml describes POST /goals/{id}/archive, which no resource serves"),
                OpenApiCheck.problemsOf(ResourceMethod.of(List.of(CompliantResource.class)), withExtra));
    }

    @Test
    public void emptyPathsDescribeNothing() {
        List<String> problems = new ArrayList<>();

        assertEquals(Set.of(), OpenApiCheck.documentedOperations("openapi: 3.0.3\npaths: {}\ncomponents: {}\n",
                problems));
        assertEquals(List.of(), problems);
    }

    @Test
    public void aPathKeyInAnotherLayoutIsReportedRatherThanSilentlyMissed() {
        List<String> problems = new ArrayList<>();

        OpenApiCheck.documentedOperations("paths:\n  goals:\n    get:\n      summary: x\n", problems);

        assertEquals(List.of("docs/rest-api.yaml line 2: expected a path key like '  /goals/{id}:', found 'goals:'"),
                problems);
    }

    @Test
    public void resourcePathsJoinClassAndMethodPathsAndDropTemplateRegexes() {
        assertEquals("/goals/{id}", ResourceMethod.join("/goals/", "{id: [0-9]{1,9}}"));
        assertEquals("/goals", ResourceMethod.join("goals", ""));
        assertEquals("/goals/{id}/metrics/{metricId}",
                ResourceMethod.join("/goals/{id : \\d+}/", "/metrics/{metricId}/"));
        assertEquals("/", ResourceMethod.join("/", ""));
    }
}
