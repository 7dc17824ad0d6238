-- Care groups, divisions, directorates and sites used throughout (issue 15, item 4).
--
-- A figure may now be measured for one unit of an organisation. Such figures form their own series and
-- never mix with the organisation-wide one, so the unit becomes part of a figure's key. unit_id is null for
-- an organisation-wide figure, and unique constraints treat nulls as distinct on both H2 and PostgreSQL;
-- unit_key (0 for organisation-wide, else the unit's id) is the non-null copy the constraint can use.
alter table measurement add column unit_key bigint default 0 not null;
update measurement set unit_key = unit_id where unit_id is not null;
alter table measurement drop constraint uk_measurement;
alter table measurement add constraint uk_measurement unique (organisation_code, indicator_code, period, group_code, breakdown, unit_key);

-- The unit filters of the dashboard, find actions and the report read actions and figures by unit.
create index ix_action_unit on action (unit_id);
create index ix_measurement_unit on measurement (unit_id);
