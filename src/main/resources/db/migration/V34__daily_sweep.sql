-- Time passing is an event (bpmn/daily-sweep.bpmn). Each day (in Europe/London) is claimed once, by
-- whichever node's job executor runs the timer first; the primary key stops a second claim. Overdue
-- one-off tasks are escalated once each: escalated_at marks them, so the hourly check reads only the
-- tasks that became overdue since it last ran.
create table daily_sweep (
    sweep_date          date primary key,
    claimed_at          timestamp not null,
    milestones_missed   integer
);

alter table workflow_task add column escalated_at timestamp;
create index ix_task_overdue on workflow_task (state, escalated_at, due_at);
