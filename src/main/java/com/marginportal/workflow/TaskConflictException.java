package com.marginportal.workflow;

/** Someone else claimed or completed the task first; nothing was changed. */
public class TaskConflictException extends RuntimeException {

    public TaskConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
