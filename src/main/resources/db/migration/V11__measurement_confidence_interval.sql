-- The 95% confidence interval (log method) of a relative likelihood computed from counts, and where
-- it lies against NHS England's non-adverse range 0.80-1.25: INSIDE, OUTSIDE or ACROSS.
alter table measurement add column ci_lower double precision;
alter table measurement add column ci_upper double precision;
alter table measurement add column ci_position varchar(10);
