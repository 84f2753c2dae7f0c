package com.cxalign.jira.platform.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.atlassian.sal.api.websudo.WebSudoRequired;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.FormParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.MatrixParam;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.container.Suspended;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/**
 * Stands in for the access rules Jira's REST framework enforces and a Marketplace security review checks, which
 * tests cannot run: every resource method
 * <ul>
 * <li>carries exactly one REST v2 access annotation (on the method, or else on its class; the method's wins),</li>
 * <li>if it is for administrators only and not a GET, also requires a secure administrator session
 * ({@code @WebSudoRequired} on the method, its class or its package),</li>
 * <li>if it accepts a request body, accepts JSON only (form and text bodies can be forged by another site: XSRF).</li>
 * </ul>
 * Returns the problems, one line per broken rule, naming the method.
 */
final class RestResourceCheck {

    /** The access annotations this plugin may use; each has a stub with evidence. */
    static final Set<Class<? extends Annotation>> ACCESS = Set.of(AdminOnly.class, SystemAdminOnly.class,
            LicensedOnly.class, AnonymousSiteAccess.class, UnrestrictedAccess.class);

    static final Set<Class<? extends Annotation>> ADMIN_ONLY = Set.of(AdminOnly.class, SystemAdminOnly.class);

    /** Methods that only read, by HTTP's definition of safe methods. */
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    /** Parameters that do not come from the body. */
    private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, BeanParam.class, Context.class, Suspended.class);

    private RestResourceCheck() {
    }

    static List<String> problemsOf(Collection<Class<?>> classes) {
        List<String> problems = new ArrayList<>();
        for (ResourceMethod resource : ResourceMethod.of(classes)) {
            problems.addAll(problemsOf(resource));
        }
        return problems;
    }

    static List<String> problemsOf(ResourceMethod resource) {
        List<String> problems = new ArrayList<>();
        List<Class<? extends Annotation>> access = accessOf(resource);
        if (access.isEmpty()) {
            problems.add(resource.describe() + ": no access annotation (one of " + names(ACCESS)
                    + ") on the method or its class");
        } else if (access.size() > 1) {
            problems.add(resource.describe() + ": more than one access annotation: " + names(access));
        } else if (ADMIN_ONLY.contains(access.get(0)) && !SAFE.contains(resource.httpMethod())
                && !requiresWebSudo(resource)) {
            problems.add(resource.describe() + ": changes state for administrators only but has no @WebSudoRequired");
        }
        if (acceptsBody(resource) && !consumesJsonOnly(resource)) {
            List<String> types = consumed(resource);
            problems.add(resource.describe() + ": accepts a request body but not only as application/json (it "
                    + "consumes " + (types.isEmpty() ? "anything" : String.join(", ", types)) + ")");
        }
        return problems;
    }

    /** The method's access annotations, or else its class's: REST v2 lets the method's override the class's. */
    private static List<Class<? extends Annotation>> accessOf(ResourceMethod resource) {
        List<Class<? extends Annotation>> onMethod = accessOn(resource.method());
        return onMethod.isEmpty() ? accessOn(resource.resourceClass()) : onMethod;
    }

    private static List<Class<? extends Annotation>> accessOn(AnnotatedElement element) {
        return Arrays.stream(element.getAnnotations())
                .<Class<? extends Annotation>>map(Annotation::annotationType)
                .filter(ACCESS::contains)
                .sorted((a, b) -> a.getSimpleName().compareTo(b.getSimpleName()))
                .collect(Collectors.toList());
    }

    private static boolean requiresWebSudo(ResourceMethod resource) {
        Package resourcePackage = resource.resourceClass().getPackage();
        return resource.method().isAnnotationPresent(WebSudoRequired.class)
                || resource.resourceClass().isAnnotationPresent(WebSudoRequired.class)
                || resourcePackage != null && resourcePackage.isAnnotationPresent(WebSudoRequired.class);
    }

    /** A parameter without a JAX-RS source annotation is the entity; {@code @FormParam}s are read from a form body. */
    private static boolean acceptsBody(ResourceMethod resource) {
        for (Parameter parameter : resource.method().getParameters()) {
            boolean fromElsewhere = Arrays.stream(parameter.getAnnotations())
                    .anyMatch(annotation -> NOT_THE_BODY.contains(annotation.annotationType()));
            if (!fromElsewhere || parameter.isAnnotationPresent(FormParam.class)) {
                return true;
            }
        }
        return false;
    }

    private static boolean consumesJsonOnly(ResourceMethod resource) {
        List<String> types = consumed(resource);
        return !types.isEmpty() && types.stream()
                .map(MediaType::valueOf)
                .allMatch(type -> "application".equals(type.getType()) && "json".equals(type.getSubtype()));
    }

    /** The method's {@code @Consumes}, or else its class's (empty: anything). */
    private static List<String> consumed(ResourceMethod resource) {
        Consumes consumes = resource.method().getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = resource.resourceClass().getAnnotation(Consumes.class);
        }
        if (consumes == null) {
            return List.of();
        }
        return Arrays.stream(consumes.value())
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim)
                .collect(Collectors.toList());
    }

    private static String names(Collection<Class<? extends Annotation>> annotations) {
        return annotations.stream().map(type -> "@" + type.getSimpleName()).sorted()
                .collect(Collectors.joining(", "));
    }
}
