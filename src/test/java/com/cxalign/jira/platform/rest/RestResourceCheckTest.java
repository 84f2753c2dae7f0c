package com.cxalign.jira.platform.rest;

import static org.junit.Assert.assertEquals;

import com.cxalign.jira.platform.rest.fixture.AdminWithoutWebSudoResource;
import com.cxalign.jira.platform.rest.fixture.CompliantResource;
import com.cxalign.jira.platform.rest.fixture.NonJsonBodyResource;
import com.cxalign.jira.platform.rest.fixture.TwoAccessAnnotationsResource;
import com.cxalign.jira.platform.rest.fixture.UnannotatedResource;
import com.cxalign.jira.platform.rest.fixture.WebSudoOnClassResource;
import com.cxalign.jira.testing.rest.PluginClasses;

import java.util.List;

import org.junit.Test;

/** The plugin's REST resources keep the access and XSRF rules that Jira enforces; each rule is shown to bite. */
public class RestResourceCheckTest {

    @Test
    public void everyRestResourceOfThePluginKeepsTheRules() {
        assertEquals(List.of(), RestResourceCheck.problemsOf(PluginClasses.all()));
    }

    @Test
    public void aResourceWrittenAsIntendedHasNoProblems() {
        assertEquals(List.of(), RestResourceCheck.problemsOf(List.of(CompliantResource.class,
                WebSudoOnClassResource.class, SampleResource.class)));
    }

    @Test
    public void aMethodWithoutAnAccessAnnotationIsReported() {
        assertEquals(List.of("UnannotatedResource.get (GET /unannotated): no access annotation (one of @AdminOnly, "
                        + "@AnonymousSiteAccess, @LicensedOnly, @SystemAdminOnly, @UnrestrictedAccess) on the method "
                        + "or its class"),
                RestResourceCheck.problemsOf(List.of(UnannotatedResource.class)));
    }

    @Test
    public void twoAccessAnnotationsOnOneMethodAreReported() {
        assertEquals(List.of("TwoAccessAnnotationsResource.get (GET /ambiguous): more than one access annotation: "
                        + "@LicensedOnly, @UnrestrictedAccess"),
                RestResourceCheck.problemsOf(List.of(TwoAccessAnnotationsResource.class)));
    }

    @Test
    public void anAdministratorsChangeWithoutWebSudoIsReportedWhetherAdminOnlyIsOnTheClassOrTheMethod() {
        assertEquals(List.of(
                        "AdminWithoutWebSudoResource.deleteByMethodAnnotation (DELETE /settings): changes state for "
                                + "administrators only but has no @WebSudoRequired",
                        "AdminWithoutWebSudoResource.resetByClassAnnotation (POST /settings/reset): changes state for "
                                + "administrators only but has no @WebSudoRequired"),
                RestResourceCheck.problemsOf(List.of(AdminWithoutWebSudoResource.class)));
    }

    @Test
    public void aBodyThatIsNotOnlyJsonIsReported() {
        assertEquals(List.of(
                        "NonJsonBodyResource.form (POST /forms): accepts a request body but not only as "
                                + "application/json (it consumes application/x-www-form-urlencoded)",
                        "NonJsonBodyResource.anything (PUT /forms): accepts a request body but not only as "
                                + "application/json (it consumes anything)",
                        "NonJsonBodyResource.jsonOrText (POST /forms/mixed): accepts a request body but not only as "
                                + "application/json (it consumes application/json, text/plain)"),
                RestResourceCheck.problemsOf(List.of(NonJsonBodyResource.class)));
    }
}
