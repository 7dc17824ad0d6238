-- Indexes the process engine's own schema lacks for Parity's size, created once here now that Flyway creates
-- the engine's tables (V46) rather than every node at every start. Completing a task makes the engine look
-- for its sub-tasks (select ... from ACT_RU_TASK where PARENT_TASK_ID_ = ?); neither the H2 nor the
-- PostgreSQL schema indexes that column, so with 100,000 actions each completion read 100,000 rows. The job
-- executor looks for due jobs every few seconds; with jobExecutorAcquireByDueDate (application.yml) it reads
-- them through the due-date index instead of all four timers of every action. "if not exists": databases
-- whose engine created its own tables got these indexes at start-up before.
create index if not exists PARITY_IDX_TASK_PARENT on ACT_RU_TASK (PARENT_TASK_ID_);
create index if not exists PARITY_IDX_JOB_DUEDATE on ACT_RU_JOB (DUEDATE_);
