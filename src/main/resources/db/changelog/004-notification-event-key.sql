-- One event never notifies twice: a notification names the event that caused it, uniquely. A timer
-- that fired twice (two cluster nodes, a retried job) would fail on the second insert, visibly.
alter table notification add column event_key varchar(300);
update notification set event_key = kind || ':before-event-keys-' || id;
alter table notification alter column event_key set not null;
alter table notification add constraint uk_notification_event unique (event_key);
