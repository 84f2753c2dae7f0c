package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly}
 * (atlassian-rest-v2-api, Platform 7).
 * Access only for users with system administrator rights.
 * REST v2 reads it reflectively on resource classes and methods (a method's annotation wins over its class's).
 * No elements; RUNTIME retention is essential.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SystemAdminOnly {
}
