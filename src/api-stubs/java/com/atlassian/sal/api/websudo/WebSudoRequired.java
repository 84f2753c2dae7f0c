package com.atlassian.sal.api.websudo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.sal.api.websudo.WebSudoRequired} (sal-api). On a REST resource
 * method, class or package: the host lets the request through only in a secure administrator session (WebSudo).
 * Retention, targets and {@code @Inherited} as in sal-api; no elements.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PACKAGE, ElementType.METHOD, ElementType.TYPE})
@Inherited
public @interface WebSudoRequired {
}
