package org.parity.people.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Fails closed before anything starts (no bean, not the engine, not the seed loader, exists yet):
 * the published demo password is only for the embedded H2 default. On any other database Parity
 * refuses to start while a known default password is configured for Camunda's admin or Parity's
 * first admin, or while demo users are switched on (parity.seed.demo-users, off there unless set)
 * with a known default password. The message names each property to set.
 */
@Component
public class DefaultPasswordGuard implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        List<String> problems = problems(
                environment.getProperty("spring.datasource.url"),
                environment.getProperty("parity.seed.demo-users", Boolean.class, false),
                environment.getProperty("parity.demo.password"),
                environment.getProperty("camunda.bpm.admin-user.id"),
                environment.getProperty("camunda.bpm.admin-user.password"),
                environment.getProperty("parity.admin.password"));
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "Parity refuses to start on " + environment.getProperty("spring.datasource.url")
                            + " with a known default password: " + String.join("; ", problems));
        }
    }

    /** The embedded default is an H2 database; anything else is someone's real data. */
    static boolean embedded(String datasourceUrl) {
        return datasourceUrl == null || datasourceUrl.isBlank() || datasourceUrl.startsWith("jdbc:h2:");
    }

    public static List<String> problems(
            String datasourceUrl,
            boolean demoUsers,
            String demoPassword,
            String camundaAdmin,
            String camundaAdminPassword,
            String parityAdminPassword) {
        List<String> problems = new ArrayList<>();
        if (embedded(datasourceUrl)) {
            return problems;
        }
        if (demoUsers && !strong(demoPassword)) {
            problems.add("demo users are switched on (parity.seed.demo-users) with " + describe(demoPassword)
                    + ": set parity.demo.password (PARITY_DEMO_PASSWORD) to a password of your own of 12 characters"
                    + " or more, or switch demo users off");
        }
        if (camundaAdmin != null && !camundaAdmin.isBlank() && !strong(camundaAdminPassword)) {
            problems.add("Camunda's admin user has " + describe(camundaAdminPassword)
                    + ": set camunda.bpm.admin-user.password (CAMUNDA_ADMIN_PASSWORD) to a password of your own"
                    + " of 12 characters or more");
        }
        if (parityAdminPassword != null && !parityAdminPassword.isBlank() && !strong(parityAdminPassword)) {
            problems.add("Parity's first admin has " + describe(parityAdminPassword)
                    + ": set parity.admin.password (PARITY_ADMIN_PASSWORD) to a password of your own of 12 characters"
                    + " or more");
        }
        return problems;
    }

    private static boolean strong(String password) {
        return password != null
                && password.length() >= 12
                && !ProductionSafety.KNOWN_DEFAULTS.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    private static String describe(String password) {
        if (password == null || password.isBlank()) {
            return "no password";
        }
        return ProductionSafety.KNOWN_DEFAULTS.contains(password.strip().toLowerCase(Locale.ROOT))
                ? "a known default password"
                : "a password shorter than 12 characters";
    }
}
