-- A figure upload waiting for the EDI team to confirm its preview: kept here (not in the HTTP session,
-- which would hold up to the upload limit per person in memory and be lost on another node), for one
-- person and organisation, until it is confirmed or expires (30 minutes). The CSV is the upload as read
-- (an XLSX already turned into CSV), no larger than parity.import.max-bytes.
create table pending_import (
    token              varchar(36)  primary key,
    organisation_code  varchar(40)  not null,
    username           varchar(120) not null,
    file_name          varchar(200),
    csv                bytea        not null,
    created_at         timestamp with time zone not null,
    expires_at         timestamp with time zone not null
);
create index ix_pending_import_expiry on pending_import (expires_at);
create index ix_pending_import_owner on pending_import (username, organisation_code);
