package org.parity.notification.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code parity.notification.*}: the sender address and the base URL links in e-mails point to. The
 * SMTP server is Spring Boot's {@code spring.mail.host}; without it mail stays in the outbox table.
 */
@ConfigurationProperties("parity.notification")
public record NotificationProperties(
        @DefaultValue("parity@localhost") String from,
        @DefaultValue("http://localhost:8080") String baseUrl) {}
