package org.parity.indicator;

/** What an indicator's value is measured in. */
public enum Unit { PERCENT, RATIO, SCORE, MONEY, COUNT, PERCENTAGE_POINTS }
