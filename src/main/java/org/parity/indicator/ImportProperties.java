package org.parity.indicator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of figure imports ({@code parity.import.*}).
 *
 * @param maxBytes the largest body (CSV, JSON or spreadsheet) an import accepts; larger ones are
 *                 refused whole with 413 and a message naming the limit
 */
@ConfigurationProperties("parity.import")
public record ImportProperties(@DefaultValue("20MB") DataSize maxBytes) {}
