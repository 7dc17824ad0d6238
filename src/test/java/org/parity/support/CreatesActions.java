package org.parity.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test class that adds actions to the seeded plans of the shared context (through
 * {@link TestActions}). {@link ActionCreatorsLast} runs such classes after every other class, so the
 * tests that count the seeded plans' actions always see the seeds as loaded, whatever the file order.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
public @interface CreatesActions {}
