package com.marginportal.service;

/** What one run of the contact plans did: tasks created, fulfilled by contacts made meanwhile, cancelled. */
public record PlanRunResult(int plans, int created, int fulfilled, int cancelled) {
}
