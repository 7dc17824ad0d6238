-- Issued system comparisons (issue 15): an integrated care system's comparison is issued, stored and
-- listed like an organisation's board report, in the same tables. A row belongs to exactly one
-- organisation or exactly one system.
alter table issued_report add column system_code varchar(40) references ics_system (code);
alter table issued_report alter column organisation_code drop not null;
alter table issued_report add constraint ck_issued_report_owner
    check ((organisation_code is null and system_code is not null)
        or (organisation_code is not null and system_code is null));
create index ix_issued_report_system on issued_report (system_code, issued_at);
