package org.parity.common;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;

/** The test-only fault injection {@code parity.events.hold-delivery}: registered only when it is on. */
@Configuration(proxyBeanMethods = false)
class EventDeliveryConfig {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    @ConditionalOnProperty(name = "parity.events.hold-delivery", havingValue = "true")
    static EventDeliveryHold eventDeliveryHold() {
        return new EventDeliveryHold();
    }
}
