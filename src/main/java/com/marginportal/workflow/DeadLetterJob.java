package com.marginportal.workflow;

import java.time.Instant;

/**
 * A Flowable job that used up its retries (the engine's dead-letter table): its case when it belongs to a breach
 * process, the BPMN activity, the last exception message and when the job was created.
 */
public record DeadLetterJob(String jobId, Long caseId, Long branchId, String processInstanceId, String activityId,
                            String activityName, String jobType, String exceptionMessage, Instant createdAt) {
}
