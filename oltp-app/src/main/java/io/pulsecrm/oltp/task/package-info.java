/**
 * Tasks and the schedule (我的任务 · 日程): a user's tasks as inbox / today / next / later / done in
 * their time zone, tasks planned from a follow-up's next contact time, the reminder job that turns
 * due reminders into notifications exactly once, and each user's notifications.
 */
package io.pulsecrm.oltp.task;
