package io.pulsecrm.oltp.followup;

/** 沟通记录 · 日志记录 · 日程记录 · 任务记录 · 审批记录. Only a communication has a contact method. */
public enum FollowUpKind {
    COMMUNICATION, LOG, SCHEDULE, TASK, APPROVAL
}
