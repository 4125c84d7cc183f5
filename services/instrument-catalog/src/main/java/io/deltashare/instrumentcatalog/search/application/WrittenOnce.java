package io.deltashare.instrumentcatalog.search.application;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a view that is immutable and shown many times, like the views {@link KeptViews} keeps for search pages: the
 * API writes the JSON of each instance once and copies those bytes into every later answer that shows the same
 * instance. Only for types whose instances never change, and whose JSON does not depend on the caller.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WrittenOnce {}
