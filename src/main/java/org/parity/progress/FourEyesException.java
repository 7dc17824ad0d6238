package org.parity.progress;

import org.springframework.security.access.AccessDeniedException;

/** Whoever submitted something may never approve it, even when they hold the sponsor role too (403). */
public class FourEyesException extends AccessDeniedException {

    public FourEyesException(String what) {
        super("You submitted this " + what + " yourself: someone else must approve it");
    }
}
