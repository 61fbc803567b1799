package com.marginportal.workflow;

import java.util.function.Consumer;

/**
 * Opens a breach task's form (the contact record, the managers' decision or the plain completion, each with the
 * client's figures and the case's history beside it) for a view that lists breach tasks among other work — home's
 * one task list — so that view needs none of the workflow's UI. Implemented by the workflow's views.
 */
public interface BreachTaskForms {

    /**
     * Opens the task's form in the current UI. Once the user confirms, {@code step} is handed the inbox call to run
     * (complete, record the contact, decide), so the list runs it, tells the user and refreshes.
     *
     * @throws TaskConflictException when someone else was quicker and the task cannot be opened
     */
    void open(InboxTask task, Consumer<Runnable> step);
}
