package com.marginportal.workflow;

import java.time.LocalDate;

/** Cases opened and resolved on one Shanghai calendar day. */
public record DayCount(LocalDate day, long opened, long resolved) {
}
