package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.annotations.security.AdminOnly} (atlassian-annotations 5.x,
 * Platform 7). Access only for users with (Jira) administrator rights.
 * Honoured on REST v2 resources and on servlet / servlet-filter module classes (class or method level).
 * No elements. RUNTIME retention is essential: the product reads it reflectively.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AdminOnly {
}
