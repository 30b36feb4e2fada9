-- A task table imported from a spreadsheet into a plan being drafted, until the plan is issued.
-- Kept here rather than in a process variable: Camunda stores a String variable in a 4,000-character
-- column, and a real appendix of 30 tasks is longer than that.

create table plan_task_draft (
    draft_key    varchar(200)     primary key,
    content      varchar(1000000) not null,
    file_name    varchar(255)     not null,
    row_count    integer          not null,
    imported_at  timestamp with time zone not null
);
