-- The task read model, kept by the task listener of every user task in bpmn/ (create, complete,
-- delete). Worklists read this table, never variable-filtered engine queries. Closed tasks stay.
create table workflow_task (
    id                  varchar(64)   primary key,
    kind                varchar(30)   not null,
    activity            varchar(100)  not null,
    process_instance_id varchar(64)   not null,
    business_key        varchar(120),
    action_id           bigint,
    action_title        varchar(2000),
    organisation_code   varchar(40),
    assignee            varchar(120),
    candidate_group     varchar(120),
    title               varchar(2500) not null,
    created_at          timestamp with time zone not null,
    due_at              timestamp with time zone,
    state               varchar(20)   not null,
    completed_by        varchar(120),
    closed_at           timestamp with time zone
);
create index ix_task_assignee on workflow_task (state, assignee);
create index ix_task_group on workflow_task (state, candidate_group);
create index ix_task_process on workflow_task (process_instance_id, kind, state);
create index ix_task_action on workflow_task (action_id, state);
