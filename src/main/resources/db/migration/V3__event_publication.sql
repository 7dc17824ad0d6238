-- Spring Modulith's registry of events published to module listeners (JPA event publication, 1.4 layout):
-- an event whose listener has not completed is retried at start-up rather than lost.
create table event_publication (
    id               uuid          not null primary key,
    listener_id      varchar(512)  not null,
    event_type       varchar(512)  not null,
    serialized_event varchar(4000) not null,
    publication_date timestamp with time zone not null,
    completion_date  timestamp with time zone
);
create index ix_event_publication_open on event_publication (completion_date);
