package org.parity.common;

import java.util.List;

/** One page of rows read from the database and where it sits in the whole list. */
public record Paged<T>(List<T> rows, Pager pager) {}
