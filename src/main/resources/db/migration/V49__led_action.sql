-- The lead's "My actions" read model, owned by the workflow module: one row per action that has a lead,
-- holding every fact the urgency order needs (the action's lead, organisation, status, RAG and due date,
-- whether a milestone is off track or missed, and the soonest open progress update's due date), so that a
-- page reads the lead's rows of this one table instead of two sub-queries per action. Rewritten in the
-- transaction of every write to an action, its milestones or its progress update tasks (LedActionRows).
-- No foreign key: a row is removed by the same write that removes or re-leads its action.
create table led_action (
    action_id         bigint       primary key,
    lead_username     varchar(120) not null,
    organisation_code varchar(40)  not null,
    status            varchar(20)  not null,
    rag               varchar(10),
    due_date          date,
    milestone_off     integer      not null,
    next_update_due   timestamp with time zone
);
create index ix_led_action_lead on led_action (lead_username, organisation_code, next_update_due, action_id);

insert into led_action (action_id, lead_username, organisation_code, status, rag, due_date, milestone_off, next_update_due)
select a.id, a.lead_username, p.organisation_code, a.status, a.rag, a.due_date,
       case when exists (select 1 from milestone m
         where m.action_id = a.id and m.status in ('OFF_TRACK', 'MISSED')) then 1 else 0 end,
       (select min(t.due_at) from workflow_task t
         where t.action_id = a.id and t.state = 'OPEN' and t.kind = 'PROGRESS_UPDATE')
from action a join plan p on p.id = a.plan_id
where a.lead_username is not null;

-- The worklists take one page of a person's open tasks as the first rows of a few index range scans (their
-- own tasks, and each of their groups'), so the indexes must hold the pages' whole order: soonest due (no due
-- date last), then oldest, then id, for their work; oldest, then id, for their decisions. These replace the
-- (state, assignee, due_at) and (state, candidate_group, due_at) indexes of V32, which they begin with.
drop index ix_task_assignee_due;
drop index ix_task_group_due;
create index ix_task_assignee_due on workflow_task (state, assignee, due_at nulls last, created_at, id);
create index ix_task_group_due on workflow_task (state, candidate_group, due_at nulls last, created_at, id);
create index ix_task_assignee_made on workflow_task (state, assignee, created_at, id);
create index ix_task_group_made on workflow_task (state, candidate_group, created_at, id);
