package com.atlassian.event.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-time stub of Jira 10.3's {@code com.atlassian.event.api.EventListener} (atlassian-event): marks a public
 * one-argument method of a listener registered with {@link EventPublisher#register(Object)} as an event handler.
 * Retention and target as in atlassian-event; no elements.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EventListener {
}
