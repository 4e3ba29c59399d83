package io.pulsecrm.oltp.task;

public enum TaskPriority {
    LOW, NORMAL, HIGH
}
