package org.parity.workflow.internal;

import java.time.Duration;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.configuration.impl.custom.CreateAdminUserConfiguration;
import org.parity.common.ClusterLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * The engine's admin user (Cockpit's login, {@code camunda.bpm.admin-user}) is created by the Camunda
 * starter when the engine is built: it looks whether the user exists and creates it with its group and
 * authorisations. Two nodes starting together on an empty database both looked, both created, and the
 * second died on the duplicate key. Here that step runs under the cluster lock
 * {@value ClusterLock#ENGINE_ADMIN}: a second node waits for the first, then finds the user and skips.
 */
@Component
class EngineAdminUnderLock implements BeanPostProcessor {

    /** How long a node waits for another that is creating the admin (a few statements). */
    static final Duration MAX_WAIT = Duration.ofMinutes(2);

    static final Duration POLL = Duration.ofMillis(200);

    private final ObjectProvider<ClusterLock> locks;

    EngineAdminUnderLock(ObjectProvider<ClusterLock> locks) {
        this.locks = locks;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof CreateAdminUserConfiguration admin && !(bean instanceof Locked)) {
            return new Locked(admin, locks);
        }
        return bean;
    }

    /** The starter's admin creation, run while holding the lock. */
    static final class Locked extends CreateAdminUserConfiguration {

        private final CreateAdminUserConfiguration delegate;
        private final ObjectProvider<ClusterLock> locks;

        Locked(CreateAdminUserConfiguration delegate, ObjectProvider<ClusterLock> locks) {
            this.delegate = delegate;
            this.locks = locks;
        }

        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
            delegate.preInit(configuration);
        }

        @Override
        public void postInit(ProcessEngineConfigurationImpl configuration) {
            delegate.postInit(configuration);
        }

        @Override
        public void postProcessEngineBuild(ProcessEngine engine) {
            ClusterLock lock = locks.getObject();
            long deadline = System.nanoTime() + MAX_WAIT.toNanos();
            while (true) {
                Optional<ClusterLock.Held> held = lock.tryAcquire(ClusterLock.ENGINE_ADMIN);
                if (held.isPresent()) {
                    try (ClusterLock.Held h = held.get()) {
                        delegate.postProcessEngineBuild(engine);
                        return;
                    }
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new IllegalStateException("Waited " + MAX_WAIT
                            + " for another node to create the process engine's admin user, and it has not finished");
                }
                try {
                    Thread.sleep(POLL.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting to create the engine's admin user", e);
                }
            }
        }

        @Override
        public String toString() {
            return "CreateAdminUserConfiguration under the cluster lock " + ClusterLock.ENGINE_ADMIN;
        }
    }
}
