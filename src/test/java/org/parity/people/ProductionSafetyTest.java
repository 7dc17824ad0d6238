package org.parity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.parity.ParityApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The prod profile never starts with a default password, demo users, or no first admin. */
class ProductionSafetyTest {

    @Test
    void prodRefusesToStartWithTheDemoPasswordAndNamesWhy() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(ParityApplication.class)
                .profiles("prod")
                .run("--spring.datasource.url=jdbc:h2:mem:prod-refusal;DB_CLOSE_DELAY=-1",
                        "--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                        "--parity.admin.username=root-admin", "--parity.admin.password=parity-demo",
                        "--camunda.bpm.admin-user.id=root-admin", "--camunda.bpm.admin-user.password=demo"))
                .hasStackTraceContaining("refuses to start in the prod profile")
                .hasStackTraceContaining("PARITY_ADMIN_PASSWORD is a known default password")
                .hasStackTraceContaining("CAMUNDA_ADMIN_PASSWORD is a known default password");
    }

    @Test
    void everyWeaknessIsNamed() {
        assertThat(ProductionSafety.problems("", "", "", true)).containsExactly(
                "demo users are switched on (parity.seed.demo-users)",
                "set PARITY_ADMIN_USERNAME for the first administrator",
                "PARITY_ADMIN_PASSWORD is not set",
                "CAMUNDA_ADMIN_PASSWORD is not set");
        assertThat(ProductionSafety.problems("ops", "short", "Admin", false)).containsExactly(
                "PARITY_ADMIN_PASSWORD must be at least 12 characters",
                "CAMUNDA_ADMIN_PASSWORD is a known default password");
        assertThat(ProductionSafety.problems("ops", "a-long-unguessable-secret", "another-long-secret", false)).isEmpty();
    }
}
