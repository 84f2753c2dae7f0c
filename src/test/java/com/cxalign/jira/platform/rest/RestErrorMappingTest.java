package com.cxalign.jira.platform.rest;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.CoreMatchers.startsWith;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.cxalign.jira.testing.rest.RestResponse;
import com.cxalign.jira.testing.rest.RestServer;
import com.cxalign.jira.testing.rest.StrictMessages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * Every failure of a REST call reaches the client as {@code {"message", "fieldErrors"}} with the right status, in the
 * user's words: real HTTP through Jetty, Jersey and Jackson to {@link SampleResource}, with the plugin's mappers.
 */
public class RestErrorMappingTest {

    private static final StrictMessages TEXTS = StrictMessages.forPlugin()
            .with(SampleResource.NAME_KEY, SampleResource.NAME_TEXT)
            .with(SampleResource.SAMPLE_NOT_FOUND_KEY, SampleResource.SAMPLE_NOT_FOUND_TEXT)
            .with(SampleResource.STALE_KEY, SampleResource.STALE_TEXT);

    @Rule
    public final RestServer server = new RestServer().withMessages(TEXTS);

    @Before
    public void serveTheSample() {
        server.serve(new SampleResource(server.currentActor()));
    }

    // ------------------------------------------------------------------------------------ the plugin's exceptions

    @Test
    public void aValidationFailureIs400WithEveryFieldErrorInTheUsersWords() {
        RestResponse response = server.get("/samples/invalid");

        assertError(400, text("cx-align.error.validation"), response);
        assertEquals(orderedMap("name", "Give the goal a name.",
                        "items[0].label", "items[0].label has the wrong type."),
                response.fieldErrors());
    }

    @Test
    public void aPostedBodyThatTheServiceRejectsNamesTheField() {
        RestResponse response = server.post("/samples", "{\"name\": \" \", \"count\": 1, \"items\": []}");

        assertError(400, text("cx-align.error.validation"), response);
        assertEquals(Map.of("name", "Give the sample a name."), response.fieldErrors());
    }

    @Test
    public void anAnonymousVisitorWhereALoginIsNeededGets401() {
        assertError(401, text("cx-align.error.login"), server.get("/samples/private"));
    }

    @Test
    public void anAnonymousVisitorOfAnAdministratorsOperationGets401NotForbidden() {
        assertError(401, text("cx-align.error.login"), server.get("/samples/admin"));
    }

    @Test
    public void aUserWhoIsNotAnAdministratorGets403AndNothingElse() {
        server.signInAs("agent-key", false);

        RestResponse response = server.get("/samples/admin");

        assertError(403, text("cx-align.error.forbidden"), response);
        assertThat(response.body(), not(containsString("for administrators only")));
    }

    @Test
    public void anAdministratorGetsThroughTheSameCheck() {
        server.signInAs("admin-key", true);

        RestResponse response = server.get("/samples/admin");

        assertEquals(200, response.status());
        assertEquals("for administrators only", response.json().path("secret").asText());
    }

    @Test
    public void somethingThatDoesNotExistIs404WithItsOwnMessage() {
        assertError(404, "There is no sample 42.", server.get("/samples/missing/42"));
    }

    @Test
    public void aChangeBasedOnAnOldVersionIs409() {
        assertError(409, "Someone changed sample 7 in the meantime.", server.get("/samples/stale/7"));
    }

    // ------------------------------------------------------------------------------------------- unexpected errors

    @Test
    public void anUnexpectedFailureIs500WithAReferenceButNeverTheExceptionsText() {
        RestResponse response = server.get("/samples/broken");

        assertEquals(500, response.status());
        assertThat(response.message(), startsWith("Something went wrong on our side."));
        assertTrue(response.message(), response.message().matches(".*reference: [0-9a-f]{8}$"));
        assertEquals(Map.of(), response.fieldErrors());
        assertThat(response.body(), not(containsString("hunter2")));
        assertThat(response.body(), not(containsString("IllegalStateException")));
        assertThat(response.body(), not(containsString("connection refused")));
    }

    @Test
    public void aPluginExceptionNoMapperKnowsIsTreatedAsUnexpected() {
        RestResponse response = server.get("/samples/unmapped");

        assertEquals(500, response.status());
        assertThat(response.message(), startsWith("Something went wrong on our side."));
    }

    @Test
    public void aServerErrorOfTheRuntimeKeepsItsStatusAndHeadersButSaysNothingMore() {
        RestResponse response = server.get("/samples/unavailable");

        assertEquals(503, response.status());
        assertEquals("120", response.header("Retry-After"));
        assertThat(response.message(), startsWith("Something went wrong on our side."));
    }

    @Test
    public void aResponseThePluginCannotWriteIsItsOwnFault500NotTheClients400() {
        RestResponse response = server.get("/samples/unwritable");

        assertEquals(500, response.status());
        assertThat(response.message(), startsWith("Something went wrong on our side."));
    }

    // --------------------------------------------------------------------------------------------------- JSON input

    @Test
    public void aWellFormedBodyReachesTheResource() {
        RestResponse response = server.post("/samples",
                "{\"name\": \"Churn\", \"count\": 3, \"items\": [{\"label\": \"a\", \"weight\": 2}]}");

        assertEquals(201, response.status());
        assertEquals("Churn", response.json().path("name").asText());
        assertEquals(2, response.json().path("items").path(0).path("weight").asLong());
    }

    @Test
    public void aBodyThatIsNotJsonIs400Malformed() {
        RestResponse response = server.post("/samples", "{\"name\": \"Churn\", ");

        assertError(400, text("cx-align.error.json.malformed"), response);
        assertEquals(Map.of(), response.fieldErrors());
    }

    @Test
    public void aValueOfTheWrongTypeIs400NamingTheField() {
        RestResponse response = server.post("/samples", "{\"name\": \"Churn\", \"count\": \"many\"}");

        assertError(400, text("cx-align.error.validation"), response);
        assertEquals(Map.of("count", "count has the wrong type."), response.fieldErrors());
    }

    @Test
    public void aNestedValueOfTheWrongTypeIsNamedByItsPath() {
        RestResponse response = server.post("/samples",
                "{\"name\": \"Churn\", \"count\": 1, \"items\": [{\"label\": \"a\", \"weight\": \"heavy\"}]}");

        assertEquals(Map.of("items[0].weight", "items[0].weight has the wrong type."), response.fieldErrors());
    }

    @Test
    public void aNumberIsNotSilentlyTurnedIntoText() {
        RestResponse response = server.post("/samples", "{\"name\": 5, \"count\": 1}");

        assertEquals(400, response.status());
        assertEquals(Map.of("name", "name has the wrong type."), response.fieldErrors());
    }

    @Test
    public void textIsNotSilentlyTurnedIntoANumber() {
        RestResponse response = server.post("/samples", "{\"name\": \"Churn\", \"count\": \"5\"}");

        assertEquals(400, response.status());
        assertEquals(Map.of("count", "count has the wrong type."), response.fieldErrors());
    }

    @Test
    public void aFractionForAWholeNumberIsRejected() {
        RestResponse response = server.post("/samples", "{\"name\": \"Churn\", \"count\": 1.5}");

        assertEquals(Map.of("count", "count has the wrong type."), response.fieldErrors());
    }

    @Test
    public void nullForAWholeNumberIsRejected() {
        RestResponse response = server.post("/samples", "{\"name\": \"Churn\", \"count\": null}");

        assertEquals(Map.of("count", "count has the wrong type."), response.fieldErrors());
    }

    @Test
    public void aFieldTheDtoDoesNotDeclareIsRejectedSoNothingElseCanBeSet() {
        RestResponse response = server.post("/samples", "{\"name\": \"Churn\", \"count\": 1, \"admin\": true}");

        assertError(400, text("cx-align.error.validation"), response);
        assertEquals(Map.of("admin", "admin is not a field that can be set here."), response.fieldErrors());
    }

    @Test
    public void aFieldGivenTwiceIsRejectedRatherThanTheLastOneSilentlyWinning() {
        RestResponse response = server.post("/samples", "{\"name\": \"Churn\", \"count\": 1, \"name\": \"x\"}");

        assertError(400, text("cx-align.error.json.malformed"), response);
    }

    @Test
    public void anEmptyBodyIs400SoThatResourcesAlwaysGetADto() {
        assertError(400, text("cx-align.error.json.body"), server.post("/samples", ""));
    }

    @Test
    public void aJsonNullBodyIs400Too() {
        assertError(400, text("cx-align.error.json.body"), server.post("/samples", "null"));
    }

    @Test
    public void aBodyOfTheWrongShapeAltogetherIs400WithoutAField() {
        RestResponse response = server.post("/samples", "[1, 2, 3]");

        assertError(400, text("cx-align.error.json.body"), response);
        assertEquals(Map.of(), response.fieldErrors());
    }

    // ---------------------------------------------------------------------------- failures of the JAX-RS runtime

    @Test
    public void anUnknownAddressIs404InTheSameShape() {
        assertError(404, text("cx-align.error.notfound"), server.get("/no-such-thing"));
    }

    @Test
    public void aMethodTheAddressDoesNotSupportIs405AndStillSaysWhatIsAllowed() {
        RestResponse response = server.post("/samples/me", "{}");

        assertError(405, text("cx-align.error.method"), response);
        assertThat(response.header("Allow"), containsString("GET"));
    }

    @Test
    public void aBadRequestRaisedInsideTheRuntimeIs400WithoutItsInternalText() {
        RestResponse response = server.get("/samples/bad");

        assertError(400, text("cx-align.error.request"), response);
        assertThat(response.body(), not(containsString("parser state")));
    }

    @Test
    public void aFormPostIs415SoThatItCannotBeForgedFromAnotherSite() {
        RestResponse response = server.send("POST", "/samples", "application/x-www-form-urlencoded", "name=Churn");

        assertError(415, text("cx-align.error.mediatype"), response);
    }

    @Test
    public void plainTextIs415Too() {
        RestResponse response = server.send("POST", "/samples", "text/plain", "{\"name\": \"Churn\", \"count\": 1}");

        assertError(415, text("cx-align.error.mediatype"), response);
    }

    // ------------------------------------------------------------------------------------------------- the shape

    @Test
    public void everyErrorBodyHasExactlyAMessageAndFieldErrors() {
        for (RestResponse response : List.of(server.get("/samples/private"), server.get("/samples/broken"),
                server.get("/no-such-thing"), server.post("/samples", "{"))) {
            List<String> names = new ArrayList<>();
            response.json().fieldNames().forEachRemaining(names::add);
            assertEquals(response.toString(), List.of("message", "fieldErrors"), names);
            assertTrue(response.toString(), response.json().path("fieldErrors").isObject());
        }
    }

    private static void assertError(int status, String message, RestResponse response) {
        assertEquals(response.toString(), status, response.status());
        assertEquals(response.toString(), message, response.message());
        assertThat(response.header("Content-Type"), startsWith("application/json"));
    }

    private static String text(String key) {
        return TEXTS.text(key);
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
