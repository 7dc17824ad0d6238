-- The groups an indicator's polarity speaks for. WRES 1 "higher is better" is about BAME representation:
-- a rise in the White share is not "better". Empty means every group.
alter table indicator add column rated_groups varchar(500);
