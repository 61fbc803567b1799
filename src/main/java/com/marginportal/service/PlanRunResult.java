package com.marginportal.service;

/** What one run of the contact plans did. */
public record PlanRunResult(int plans, int created, int cancelled) {
}
