-- Indexes the activity lists read by (follow-ups, tasks, notifications, campaign totals).
-- Each one matches an ORDER BY or a count of a list that must stay fast at 3,000,000 follow-ups.

-- follow-ups of everyone in a wide scope (ALL), newest first: a keyset walk instead of a sort
create index ix_follow_up_occurred on follow_up (occurred_at desc, id desc);

-- the "done" view of a user's tasks, most recently done first
create index ix_task_owner_done on task (owner_id, done_at desc, id desc) where done;
-- the schedule entry a follow-up planned (rescheduled or removed with it)
create index ix_task_follow_up on task (follow_up_id) where follow_up_id is not null;

-- a user's unread notifications (the badge and ?unread=true)
create index ix_notification_user_unread on notification (user_id, created_at desc, id desc) where read_at is null;

-- a campaign's detail counts the opportunities it sourced (lead has ix_lead_campaign)
create index ix_opportunity_campaign_sourced on opportunity (campaign_id) where campaign_id is not null;
-- a campaign that sourced anything cannot be deleted: the check looks customers up by campaign too
create index ix_customer_campaign_sourced on customer (campaign_id) where campaign_id is not null;
