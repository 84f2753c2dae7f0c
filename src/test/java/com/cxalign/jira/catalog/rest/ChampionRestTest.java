package com.cxalign.jira.catalog.rest;

import static org.junit.Assert.assertEquals;

import com.cxalign.jira.catalog.Catalog;
import com.cxalign.jira.testing.rest.RestResponse;
import com.cxalign.jira.testing.rest.RestServer;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/** {@code /champions} over real HTTP, real services and a real database. */
public class ChampionRestTest {

    @Rule
    public Catalog catalog = new Catalog();

    @Rule
    public RestServer server = new RestServer();

    @Before
    public void serveCatalogue() {
        CatalogApi.serve(server, catalog);
        server.signInAs("admin-key", true);
    }

    static String termJson(String userKey, String department, String startsOn, String endsOn) {
        return "{\"userKey\": \"" + userKey + "\", \"department\": \"" + department + "\", \"startsOn\": \""
                + startsOn + "\"" + (endsOn == null ? "" : ", \"endsOn\": \"" + endsOn + "\"") + "}";
    }

    @Test
    public void anAdminNamesAChampionAndEveryLicensedUserSeesTheRoster() {
        RestResponse created = server.post("/champions", termJson("jane-key", "Support", "2026-01-01", "2026-06-30"));
        assertEquals(201, created.status());
        assertEquals(1, created.json().get("version").asInt());

        server.signInAs("agent-key", false);
        RestResponse roster = server.get("/champions");
        assertEquals(200, roster.status());
        assertEquals("jane-key", roster.json().get(0).get("userKey").asText());
        assertEquals("2026-06-30", roster.json().get(0).get("endsOn").asText());
    }

    @Test
    public void theRosterOfADayListsOnlyTheTermsThatIncludeIt() {
        server.post("/champions", termJson("jane-key", "Support", "2026-01-01", "2026-06-30"));
        server.post("/champions", termJson("tom-key", "Support", "2026-07-01", null));

        RestResponse roster = server.get("/champions?activeOn=2026-11-02");

        assertEquals(1, roster.json().size());
        assertEquals("tom-key", roster.json().get(0).get("userKey").asText());
        assertEquals(true, roster.json().get(0).get("endsOn").isNull());
    }

    @Test
    public void aDayThatIsNotADateIsA400OnActiveOn() {
        RestResponse response = server.get("/champions?activeOn=soon");

        assertEquals(400, response.status());
        assertEquals("Enter a date as year-month-day, for example 2026-03-31.",
                response.fieldErrors().get("activeOn"));
    }

    @Test
    public void anOverlappingTermIsA400ThatNamesTheOtherTerm() {
        server.post("/champions", termJson("jane-key", "Support", "2026-01-01", "2026-06-30"));

        RestResponse response = server.post("/champions", termJson("jane-key", "Support", "2026-03-01", null));

        assertEquals(400, response.status());
        assertEquals("This person is already the champion for Support from 2026-01-01 to 2026-06-30. Terms of one"
                + " person for one department cannot overlap.", response.fieldErrors().get("startsOn"));
        assertEquals(1, server.get("/champions").json().size());
    }

    @Test
    public void aTermIsEndedWithItsVersionAndDeletedWithTheNext() {
        int id = server.post("/champions", termJson("jane-key", "Support", "2026-01-01", null)).json().get("id")
                .asInt();

        RestResponse ended = server.put("/champions/" + id, termJson("jane-key", "Support", "2026-01-01",
                "2026-10-31").replace("}", ", \"version\": 1}"));
        assertEquals(200, ended.status());
        assertEquals("2026-10-31", ended.json().get("endsOn").asText());

        assertEquals(409, server.delete("/champions/" + id + "?version=1").status());
        assertEquals(400, server.delete("/champions/" + id).status());
        assertEquals(204, server.delete("/champions/" + id + "?version=2").status());
        assertEquals(0, server.get("/champions").json().size());
    }

    @Test
    public void anEndBeforeTheStartIsA400InPlainWords() {
        RestResponse response = server.post("/champions", termJson("jane-key", "Support", "2026-06-30",
                "2026-01-01"));

        assertEquals(400, response.status());
        assertEquals("The end date cannot be before the start date.", response.fieldErrors().get("endsOn"));
    }

    @Test
    public void aNonAdminGets403AndAnAnonymousVisitor401() {
        server.signInAs("agent-key", false);
        assertEquals(403, server.post("/champions", termJson("me", "Sales", "2026-01-01", null)).status());

        server.signOut();
        assertEquals(401, server.get("/champions").status());
    }

    @Test
    public void anUnknownTermIs404() {
        RestResponse response = server.put("/champions/4711", termJson("jane-key", "Support", "2026-01-01", null)
                .replace("}", ", \"version\": 1}"));

        assertEquals(404, response.status());
        assertEquals("There is no champion term with id 4711.", response.message());
    }
}
