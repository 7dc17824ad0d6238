-- A plan file waiting for the EDI team to confirm its preview (like pending_import for figures, kept
-- apart so that a plan upload and a figure upload do not replace each other): one per person and
-- organisation, until it is confirmed or expires (30 minutes). The CSV is the upload as read (an XLSX
-- already turned into CSV), no larger than parity.import.max-bytes.
create table pending_plan_import (
    token              varchar(36)  primary key,
    organisation_code  varchar(40)  not null,
    username           varchar(120) not null,
    file_name          varchar(200),
    csv                bytea        not null,
    created_at         timestamp with time zone not null,
    expires_at         timestamp with time zone not null
);
create index ix_pending_plan_import_expiry on pending_plan_import (expires_at);
create index ix_pending_plan_import_owner on pending_plan_import (username, organisation_code);
