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

/** The bundled workflows read from the class path and filled in with a Jira's status ids. */
public class WorkflowTemplatesTest {

    private static final List<String> INITIATIVE_STATUSES = List.of("Idea", "Committed", "In Progress", "Measuring",
            "Done");
    private static final List<String> FEEDBACK_STATUSES = List.of("Received", "Acted On", "Resolved",
            "Customer Told");

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

        WorkflowTemplates.Filling filling = templates.fill("cx-initiative-workflow", jira);

        assertTrue(filling.ready());
        assertEquals(List.of(), filling.missingStatuses());
        assertThat(filling.xml(), not(containsString(">@status:")));
        assertEquals(List.of("10100", "10101", "3", "10102", "10001"), stepStatusIds(filling.xml()));
        // Nothing else changes: putting the placeholders back gives the template.
        String template = templates.template("cx-initiative-workflow");
        assertEquals(template, filling.xml()
                .replace(">10100<", ">@status:Idea@<").replace(">10101<", ">@status:Committed@<")
                .replace(">3<", ">@status:In Progress@<").replace(">10102<", ">@status:Measuring@<")
                .replace(">10001<", ">@status:Done@<"));
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
                stepStatusIdsUnchecked(templates.fill("customer-feedback-workflow", jira).xml()));
    }

    @Test
    public void statusesJiraLacksAreListedOnceInTheWorkflowsOrderAndThereIsNoXml() {
        WorkflowTemplates.Filling filling = templates.fill("cx-initiative-workflow",
                Map.of("In Progress", "3", "Done", "10001", "Open", "1"));

        assertFalse(filling.ready());
        assertEquals(List.of("Idea", "Committed", "Measuring"), filling.missingStatuses());
        assertNull(filling.xml());
        assertEquals(FEEDBACK_STATUSES, templates.fill("customer-feedback-workflow", Map.of()).missingStatuses());
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

        WorkflowTemplates.Filling filling = templates.fill("cx-initiative-workflow", jira);

        // "Idea\n" is Idea with a blank around it; everything else is no status the workflow names.
        assertEquals(List.of("Committed", "In Progress", "Measuring", "Done"), filling.missingStatuses());
    }

    @Test
    public void aTemplateNameWithRegexAndReplacementCharactersIsFilledLiterally() {
        WorkflowTemplates odd = new WorkflowTemplates(resource -> meta("@status:A.b*(c) $1 \\ x@")
                + meta("@status:Idea@") + meta(" @status:IDEA@\n") + "<!-- @status:Idea@ -->");

        WorkflowTemplates.Filling filling = odd.fill("cx-initiative-workflow",
                Map.of("a.b*(c) $1 \\ X", "7", "Idea", "8"));

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
                            "Resolved", "5", "Customer Told", "3")));
            assertThat(e.getMessage(), containsString("\"Received\""));
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
                    () -> watched.fill(name, Map.of()));
            assertEquals("cx-align.workflow.download.unknown", e.getMessageKey());
            assertThrows(NotFoundException.class, () -> watched.template(name));
            assertThrows(NotFoundException.class, () -> watched.statusNames(name));
        }
        assertEquals(List.of(), read);
    }

    @Test
    public void aTemplateMissingFromThePluginIsAnErrorNamingTheFile() {
        WorkflowTemplates broken = new WorkflowTemplates(resource -> null);

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> broken.fill("customer-feedback-workflow", Map.of()));

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

    private static List<String> stepStatusIdsUnchecked(String xml) {
        try {
            return stepStatusIds(xml);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
