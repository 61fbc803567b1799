package com.marginportal.home;

/** The figures on the inbox's tabs — mine, my group's, overdue — counted in the databases, both kinds of task. */
public record TaskCounts(long mine, long group, long overdue) {
}
