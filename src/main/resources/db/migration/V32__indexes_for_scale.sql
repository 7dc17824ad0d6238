-- Indexes for a region's worth of data (100,000 actions): every page reads by these, and PostgreSQL
-- does not index foreign keys by itself. Worklists read open tasks by person or group in due order.
create index ix_action_plan on action (plan_id, id);
create index ix_theme_plan on theme (plan_id, position);
create index ix_listing_theme on action_listing (theme_id, position);
create index ix_listing_action on action_listing (action_id);
create index ix_milestone_action on milestone (action_id, position);
create index ix_plan_organisation on plan (organisation_code, standard_code);
create index ix_task_assignee_due on workflow_task (state, assignee, due_at);
create index ix_task_group_due on workflow_task (state, candidate_group, due_at);
create index ix_task_organisation on workflow_task (organisation_code, state, due_at);
