package org.parity.common;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Delivery of events between modules ({@code parity.events.*}); see {@link EventResubmission} and
 * {@link EventDeliveryHold}.
 *
 * @param resubmitOlderThan an incomplete publication older than this is delivered again by the periodic
 *     resubmission (younger ones may still be on their way on the node that published them)
 * @param resubmitEvery how often one node (whichever holds the lock) resubmits incomplete publications
 * @param holdDelivery TEST ONLY, for the cluster test's fault injection: this node's after-commit event
 *     listeners never handle events, so their publications stay incomplete as if the node had died between
 *     commit and delivery. Never set it on a node that serves people.
 */
@ConfigurationProperties("parity.events")
public record EventProperties(
        @DefaultValue("1m") Duration resubmitOlderThan,
        @DefaultValue("1m") Duration resubmitEvery,
        @DefaultValue("false") boolean holdDelivery) {

    public EventProperties {
        if (resubmitOlderThan.isNegative()) {
            throw new IllegalArgumentException("parity.events.resubmit-older-than must not be negative");
        }
        if (resubmitEvery.isNegative() || resubmitEvery.isZero()) {
            throw new IllegalArgumentException("parity.events.resubmit-every must be positive");
        }
    }
}
