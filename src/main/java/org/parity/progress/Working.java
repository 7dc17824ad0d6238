package org.parity.progress;

/** The impact evaluation's verdict: did the action move what it was meant to move? */
public enum Working {
    YES,
    PARTLY,
    NO
}
