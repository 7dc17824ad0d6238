-- What a source document printed as a figure's change since the year before ("4.5% better",
-- "0.16 worse"), kept beside Parity's own computed change so a summary can show both and flag
-- where they disagree.
alter table measurement add column published_change varchar(200);
