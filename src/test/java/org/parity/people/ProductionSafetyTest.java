package org.parity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.parity.ParityApplication;
import org.parity.people.internal.DefaultPasswordGuard;
import org.parity.people.internal.ProductionSafety;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The prod profile never starts with a default password, demo users, or no first admin. */
class ProductionSafetyTest {

    @Test
    void prodRefusesToStartWithTheDemoPasswordAndNamesWhy() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(ParityApplication.class)
                        .profiles("prod")
                        .run(
                                "--spring.datasource.url=jdbc:h2:mem:prod-refusal;DB_CLOSE_DELAY=-1",
                                // its own engine name: closing this failed start must not unregister the shared
                                // context's
                                "--camunda.bpm.process-engine-name=prod-refusal",
                                "--camunda.bpm.webapp.enabled=false",
                                "--server.port=0",
                                "--camunda.bpm.job-execution.enabled=false",
                                "--parity.admin.username=root-admin",
                                "--parity.admin.password=parity-demo",
                                "--camunda.bpm.admin-user.id=root-admin",
                                "--camunda.bpm.admin-user.password=demo"))
                .hasStackTraceContaining("refuses to start in the prod profile")
                .hasStackTraceContaining("PARITY_ADMIN_PASSWORD is a known default password")
                .hasStackTraceContaining("CAMUNDA_ADMIN_PASSWORD is a known default password");
    }

    @Test
    void everyWeaknessIsNamed() {
        assertThat(ProductionSafety.problems("", "", "", true))
                .containsExactly(
                        "demo users are switched on (parity.seed.demo-users)",
                        "set PARITY_ADMIN_USERNAME for the first administrator",
                        "PARITY_ADMIN_PASSWORD is not set",
                        "CAMUNDA_ADMIN_PASSWORD is not set");
        assertThat(ProductionSafety.problems("ops", "short", "Admin", false))
                .containsExactly(
                        "PARITY_ADMIN_PASSWORD must be at least 12 characters",
                        "CAMUNDA_ADMIN_PASSWORD is a known default password");
        assertThat(ProductionSafety.problems("ops", "a-long-unguessable-secret", "another-long-secret", false))
                .isEmpty();
    }

    @Test
    void onAnyDatabaseButTheEmbeddedH2KnownDefaultPasswordsAreRefusedAndNamed() {
        String pg = "jdbc:postgresql://db.example.nhs.uk/parity";
        assertThat(DefaultPasswordGuard.problems(pg, true, "parity-demo", "admin", "parity-demo", null))
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("parity.demo.password").contains("known default"))
                .anySatisfy(p -> assertThat(p)
                        .contains("camunda.bpm.admin-user.password")
                        .contains("known default"));
        assertThat(DefaultPasswordGuard.problems(pg, false, "parity-demo", "admin", "", "changeme"))
                .hasSize(2)
                .anySatisfy(p -> assertThat(p)
                        .contains("camunda.bpm.admin-user.password")
                        .contains("no password"))
                .anySatisfy(p -> assertThat(p).contains("parity.admin.password"));
        assertThat(DefaultPasswordGuard.problems(pg, true, "Short1", null, null, null))
                .singleElement()
                .satisfies(p -> assertThat(p).contains("shorter than 12"));
        // demo users off and no Camunda admin: nothing known to guess
        assertThat(DefaultPasswordGuard.problems(pg, false, "parity-demo", null, null, null))
                .isEmpty();
        assertThat(DefaultPasswordGuard.problems(
                        pg, true, "a-staging-secret-of-ours", "admin", "another-long-secret", null))
                .isEmpty();
        // the embedded default keeps its published demo password
        assertThat(DefaultPasswordGuard.problems(
                        "jdbc:h2:file:./data/parity", true, "parity-demo", "admin", "parity-demo", null))
                .isEmpty();
    }
}
