package com.cxalign.jira.workflow;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.platform.errors.NotFoundException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The bundled workflows read from the class path and filled in with a Jira's status and resolution ids. */
public class WorkflowTemplatesTest {

    private static final List<String> INITIATIVE_STATUSES = List.of("Idea", "Committed", "In Progress", "Measuring",
            "Done");
    private static final List<String> FEEDBACK_STATUSES = List.of("Received", "Acted On", "Resolved",
            "Customer Told");
    /** A new Jira's resolutions (Done at its usual id). */
    private static final Map<String, String> RESOLUTIONS = Map.of("Done", "10000", "Won't Do", "10001");
    private static final String UPDATE_FIELD = "com.atlassian.jira.workflow.function.issue.UpdateIssueFieldFunction";

    private final WorkflowTemplates templates = new WorkflowTemplates();

    @Test
    public void theTwoBundledWorkflowsAreListedWithTheirNames() {
        assertEquals(List.of(new WorkflowTemplates.Workflow("cx-initiative-workflow", "CX Initiative workflow"),
                new WorkflowTemplates.Workflow("customer-feedback-workflow", "Customer Feedback workflow")),
                templates.workflows());
    }

    @Test
    public void eachTemplateIsReadFromTheClassPathAndNamesItsStatusesInStepOrder() {
        assertEquals(INITIATIVE_STATUSES, templates.statusNames("cx-initiative-workflow"));
        assertEquals(FEEDBACK_STATUSES, templates.statusNames("customer-feedback-workflow"));
        assertThat(templates.template("cx-initiative-workflow"), containsString("<workflow>"));
    }

    @Test
    public void everyStepGetsTheIdOfTheStatusOfItsNameIgnoringCaseAndBlanks() throws Exception {
        Map<String, String> jira = new LinkedHashMap<>();
        jira.put("Open", "1");
        jira.put("IDEA", "10100");
        jira.put(" committed ", "10101");
        jira.put("In Progress", "3");
        jira.put("measuring", "10102");
        jira.put("Done", "10001");

        WorkflowTemplates.Filling filling = templates.fill("cx-initiative-workflow", jira, RESOLUTIONS);

        assertTrue(filling.ready());
        assertEquals(List.of(), filling.missingStatuses());
        assertEquals(List.of(), filling.missingResolutions());
        assertThat(filling.xml(), not(containsString(">@status:")));
        assertThat(filling.xml(), not(containsString(">@resolution:")));
        assertEquals(List.of("10100", "10101", "3", "10102", "10001"), stepStatusIds(filling.xml()));
        assertEquals(List.of("10000"), resolutionsSet(filling.xml()));
        // Nothing else changes: putting the placeholders back gives the template.
        String template = templates.template("cx-initiative-workflow");
        assertEquals(template, filling.xml()
                .replace(">10100<", ">@status:Idea@<").replace(">10101<", ">@status:Committed@<")
                .replace(">3<", ">@status:In Progress@<").replace(">10102<", ">@status:Measuring@<")
                .replace(">10001<", ">@status:Done@<").replace(">10000<", ">@resolution:Done@<"));
    }

    @Test
    public void anExactNameWinsOverOneThatDiffersOnlyInCase() {
        Map<String, String> jira = new LinkedHashMap<>();
        jira.put("RECEIVED", "1");
        jira.put("Received", "2");
        jira.put("Acted On", "3");
        jira.put("Resolved", "5");
        jira.put("Customer Told", "4");

        assertEquals(List.of("2", "3", "5", "4"),
                stepStatusIdsUnchecked(templates.fill("customer-feedback-workflow", jira, RESOLUTIONS).xml()));
    }

    @Test
    public void statusesJiraLacksAreListedOnceInTheWorkflowsOrderAndThereIsNoXml() {
        WorkflowTemplates.Filling filling = templates.fill("cx-initiative-workflow",
                Map.of("In Progress", "3", "Done", "10001", "Open", "1"), RESOLUTIONS);

        assertFalse(filling.ready());
        assertEquals(List.of("Idea", "Committed", "Measuring"), filling.missingStatuses());
        assertEquals(List.of(), filling.missingResolutions());
        assertNull(filling.xml());
        assertEquals(FEEDBACK_STATUSES,
                templates.fill("customer-feedback-workflow", Map.of(), RESOLUTIONS).missingStatuses());
    }

    @Test
    public void hostileStatusNamesInJiraMatchNothingAndChangeNothing() {
        Map<String, String> jira = new LinkedHashMap<>();
        jira.put("Idea</meta><evil/>", "666");
        jira.put("@status:Idea@", "667");
        jira.put("$1", "668");
        jira.put(".*", "669");
        jira.put("Idea\n", "10100");
        jira.put("", "670");
        jira.put(null, "671");
        jira.put("Committed", null);

        WorkflowTemplates.Filling filling = templates.fill("cx-initiative-workflow", jira, RESOLUTIONS);

        // "Idea\n" is Idea with a blank around it; everything else is no status the workflow names.
        assertEquals(List.of("Committed", "In Progress", "Measuring", "Done"), filling.missingStatuses());
    }

    @Test
    public void aTemplateNameWithRegexAndReplacementCharactersIsFilledLiterally() {
        WorkflowTemplates odd = new WorkflowTemplates(resource -> meta("@status:A.b*(c) $1 \\ x@")
                + meta("@status:Idea@") + meta(" @status:IDEA@\n") + "<!-- @status:Idea@ -->");

        WorkflowTemplates.Filling filling = odd.fill("cx-initiative-workflow",
                Map.of("a.b*(c) $1 \\ X", "7", "Idea", "8"), Map.of());

        assertEquals(List.of("A.b*(c) $1 \\ x", "Idea", "IDEA"), odd.statusNames("cx-initiative-workflow"));
        assertEquals(meta("7") + meta("8") + meta(" 8\n") + "<!-- @status:Idea@ -->", filling.xml());
    }

    @Test
    public void onlyAStepsStatusIdIsAPlaceholder() {
        WorkflowTemplates odd = new WorkflowTemplates(resource -> "<meta name=\"jira.description\">@status:Idea@"
                + "</meta><a>@status:Idea@</a>" + meta("@status:Idea@ and more") + meta("@status:Done@"));

        assertEquals(List.of("Done"), odd.statusNames("cx-initiative-workflow"));
    }

    @Test
    public void anIdThatIsNotANumberIsRefusedNamingTheStatus() {
        for (String id : List.of("10100</meta><evil/>", "", " 1", "-1", "1e3", "\u0661\u0662", "0x1F",
                "12345678901234567890")) {
            IllegalArgumentException e = assertThrows(id, IllegalArgumentException.class,
                    () -> templates.fill("customer-feedback-workflow", Map.of("Received", id, "Acted On", "2",
                            "Resolved", "5", "Customer Told", "3"), RESOLUTIONS));
            assertThat(e.getMessage(), containsString("\"Received\""));
        }
    }

    @Test
    public void eachTemplateNamesTheResolutionItsFinalTransitionSets() {
        assertEquals(List.of("Done"), templates.resolutionNames("cx-initiative-workflow"));
        assertEquals(List.of("Done"), templates.resolutionNames("customer-feedback-workflow"));
    }

    @Test
    public void theFinalTransitionGetsTheIdOfTheResolutionOfItsNameIgnoringCaseAndBlanks() throws Exception {
        Map<String, String> statuses = new LinkedHashMap<>();
        FEEDBACK_STATUSES.forEach(status -> statuses.put(status, String.valueOf(10200 + statuses.size())));

        WorkflowTemplates.Filling filling = templates.fill("customer-feedback-workflow", statuses,
                Map.of("Won't Do", "10001", " done ", "10000"));

        assertTrue(filling.ready());
        assertEquals(List.of("10000"), resolutionsSet(filling.xml()));
        assertEquals(List.of("10200", "10201", "10202", "10203"), stepStatusIds(filling.xml()));
        // An exact name wins over one that differs only in case.
        assertEquals(List.of("7"), resolutionsSet(templates.fill("customer-feedback-workflow", statuses,
                Map.of("DONE", "6", "Done", "7")).xml()));
    }

    @Test
    public void aResolutionJiraLacksIsListedAndThereIsNoXml() {
        Map<String, String> statuses = new LinkedHashMap<>();
        INITIATIVE_STATUSES.forEach(status -> statuses.put(status, String.valueOf(10100 + statuses.size())));

        WorkflowTemplates.Filling filling = templates.fill("cx-initiative-workflow", statuses,
                Map.of("Fixed", "1", "Won't Do", "10001"));

        assertFalse(filling.ready());
        assertEquals(List.of(), filling.missingStatuses());
        assertEquals(List.of("Done"), filling.missingResolutions());
        assertNull(filling.xml());

        // Both kinds are listed at once, so an admin learns everything to create in one go.
        WorkflowTemplates.Filling neither = templates.fill("customer-feedback-workflow", Map.of(), Map.of());
        assertEquals(FEEDBACK_STATUSES, neither.missingStatuses());
        assertEquals(List.of("Done"), neither.missingResolutions());
        assertFalse(neither.ready());
        assertNull(neither.xml());
    }

    @Test
    public void onlyAFieldValueArgIsAResolutionPlaceholderAndTheKindsDoNotMix() {
        WorkflowTemplates odd = new WorkflowTemplates(resource -> meta("@resolution:Done@")
                + "<arg name=\"field.name\">@resolution:Fixed@</arg>"
                + "<arg name=\"field.value\">@status:Idea@</arg>"
                + "<arg name=\"field.value\">@resolution:Done@ and more</arg>"
                + "<arg name=\"field.value\"> @resolution:Won't Do@\n</arg>"
                + "<!-- <arg name=\"field.value\">@resolution:Done</arg> -->");

        assertEquals(List.of("Won't Do"), odd.resolutionNames("cx-initiative-workflow"));
        assertEquals(List.of(), odd.statusNames("cx-initiative-workflow"));
        WorkflowTemplates.Filling filling = odd.fill("cx-initiative-workflow", Map.of("Idea", "1", "Done", "2"),
                Map.of("won't do", "10001", "Done", "10000", "Fixed", "1"));
        assertEquals(meta("@resolution:Done@") + "<arg name=\"field.name\">@resolution:Fixed@</arg>"
                + "<arg name=\"field.value\">@status:Idea@</arg>"
                + "<arg name=\"field.value\">@resolution:Done@ and more</arg>"
                + "<arg name=\"field.value\"> 10001\n</arg>"
                + "<!-- <arg name=\"field.value\">@resolution:Done</arg> -->", filling.xml());
    }

    @Test
    public void aResolutionIdThatIsNotANumberIsRefusedNamingTheResolution() {
        Map<String, String> statuses = new LinkedHashMap<>();
        INITIATIVE_STATUSES.forEach(status -> statuses.put(status, "1"));
        for (String id : List.of("10000</arg><evil/>", "", "-1", "0x1F", "12345678901234567890")) {
            IllegalArgumentException e = assertThrows(id, IllegalArgumentException.class,
                    () -> templates.fill("cx-initiative-workflow", statuses, Map.of("Done", id)));
            assertThat(e.getMessage(), containsString("resolution \"Done\""));
        }
    }

    @Test
    public void anUnknownWorkflowIsNotFoundAndNoOtherFileIsRead() {
        List<String> read = new ArrayList<>();
        WorkflowTemplates watched = new WorkflowTemplates(resource -> {
            read.add(resource);
            return "";
        });
        List<String> names = new ArrayList<>(List.of("nope", "../cx-initiative-workflow", "CX-INITIATIVE-WORKFLOW",
                "cx-initiative-workflow.xml", "workflows/cx-initiative-workflow", "", "<b>x</b>"));
        names.add(null);
        for (String name : names) {
            NotFoundException e = assertThrows(String.valueOf(name), NotFoundException.class,
                    () -> watched.fill(name, Map.of(), Map.of()));
            assertEquals("cx-align.workflow.download.unknown", e.getMessageKey());
            assertThrows(NotFoundException.class, () -> watched.template(name));
            assertThrows(NotFoundException.class, () -> watched.statusNames(name));
            assertThrows(NotFoundException.class, () -> watched.resolutionNames(name));
        }
        assertEquals(List.of(), read);
    }

    @Test
    public void aTemplateMissingFromThePluginIsAnErrorNamingTheFile() {
        WorkflowTemplates broken = new WorkflowTemplates(resource -> null);

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> broken.fill("customer-feedback-workflow", Map.of(), Map.of()));

        assertThat(e.getMessage(), containsString("workflows/customer-feedback-workflow.xml"));
    }

    private static String meta(String text) {
        return "<meta name=\"jira.status.id\">" + text + "</meta>";
    }

    /** The {@code jira.status.id} of each step, in step order, from the XML parsed as XML. */
    private static List<String> stepStatusIds(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        List<String> ids = new ArrayList<>();
        NodeList steps = document.getElementsByTagName("step");
        for (int i = 0; i < steps.getLength(); i++) {
            NodeList metas = ((Element) steps.item(i)).getElementsByTagName("meta");
            for (int j = 0; j < metas.getLength(); j++) {
                Element meta = (Element) metas.item(j);
                if ("jira.status.id".equals(meta.getAttribute("name"))) {
                    ids.add(meta.getTextContent());
                }
            }
        }
        return ids;
    }

    /**
     * The {@code field.value} of each of Jira's {@code UpdateIssueFieldFunction} post-functions that sets the
     * resolution, in document order, from the XML parsed as XML.
     */
    private static List<String> resolutionsSet(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        List<String> values = new ArrayList<>();
        NodeList functions = document.getElementsByTagName("function");
        for (int i = 0; i < functions.getLength(); i++) {
            Map<String, String> args = new LinkedHashMap<>();
            NodeList nodes = ((Element) functions.item(i)).getElementsByTagName("arg");
            for (int j = 0; j < nodes.getLength(); j++) {
                Element arg = (Element) nodes.item(j);
                args.put(arg.getAttribute("name"), arg.getTextContent());
            }
            if (UPDATE_FIELD.equals(args.get("class.name")) && "resolution".equals(args.get("field.name"))) {
                values.add(args.get("field.value"));
            }
        }
        return values;
    }

    private static List<String> stepStatusIdsUnchecked(String xml) {
        try {
            return stepStatusIds(xml);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
