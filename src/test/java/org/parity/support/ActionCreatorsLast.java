package org.parity.support;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/** Runs {@link CreatesActions} classes last and leaves every other order as it was (configured in junit-platform.properties). */
public class ActionCreatorsLast implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors()
                .sort(Comparator.comparing((ClassDescriptor d) -> d.isAnnotated(CreatesActions.class)));
    }
}
