package org.parity.common;

/** What is wrong with one row of an import; rows count from 1 for the first data row. */
public record RowError(int row, String field, String message) {}
