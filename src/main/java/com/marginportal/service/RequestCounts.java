package com.marginportal.service;

/** Service requests not done, and those of them past their due time, in one user's scope. */
public record RequestCounts(long open, long overdue) {
}
