package org.parity.notification;

import java.util.List;

/**
 * One e-mail to send once: the idempotency key (e.g. task id + reminder kind + due date) makes a
 * second attempt with the same key a no-op, however often the job that sends it runs.
 */
public record Mail(String idempotencyKey, String organisation, List<String> to, String subject, String body) {

    public Mail {
        to = List.copyOf(to);
    }
}
