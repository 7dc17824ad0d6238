package org.parity.common;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Operations metrics ({@code parity.metrics.*}).
 *
 * @param cache how long a business gauge or engine counter keeps what it read before it reads the
 *     database again; scrapes in between are answered from memory
 */
@ConfigurationProperties("parity.metrics")
public record MetricsProperties(@DefaultValue("PT10S") Duration cache) {}
