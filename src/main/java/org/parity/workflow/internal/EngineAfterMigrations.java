package org.parity.workflow.internal;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * The process engine starts after Flyway: its tables are created by a migration
 * ({@code db.migration.V46__Camunda_schema}) and it starts with {@code schema-update} off, so it must not
 * look for them before the migrations ran. Spring Boot makes every bean this detector names wait for
 * database initialisation (registered in META-INF/spring.factories).
 */
public class EngineAfterMigrations extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngine.class);
    }
}
