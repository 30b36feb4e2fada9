-- An imported task table now becomes the draft's own rows (the draft-plan form's Json variable, which has
-- no 4,000-character limit), so a plan being drafted no longer keeps one here.
drop table plan_task_draft;
