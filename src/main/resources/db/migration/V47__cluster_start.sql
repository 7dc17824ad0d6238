-- Several nodes on one database (issue 10). Each row of parity_lock names one piece of work that one node
-- at a time may do; a node holds it by locking the row (select ... for update skip locked) in a transaction
-- kept open while it works, so a node that dies lets go with its connection.
create table parity_lock (
    name    varchar(60)  primary key,
    purpose varchar(200) not null
);
insert into parity_lock (name, purpose) values
    ('seed', 'load the seed data and start its processes on an empty database'),
    ('event-resubmission', 'resubmit event publications that were never completed'),
    ('engine-admin', 'create the process engine''s admin user and group');

-- A seed run is complete once its processes are started and its milestones evaluated; a node that died
-- before then leaves it incomplete, and the next node to start finishes it. Runs recorded before this
-- migration finished in the same start-up that recorded them.
alter table seed_run add column completed_at timestamp with time zone;
update seed_run set completed_at = loaded_at;

-- Events an idempotent listener has handled: a second delivery of the same event (the publication
-- registry delivers at least once) finds its row and changes nothing.
create table handled_event (
    listener   varchar(100) not null,
    event_id   varchar(36)  not null,
    handled_at timestamp with time zone not null,
    primary key (listener, event_id)
);
