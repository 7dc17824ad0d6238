-- The equality standards plans and indicators belong to: reference data every installation has.
insert into equality_standard (code, title, description) values
 ('WRES', 'Workforce Race Equality Standard', 'Nine indicators comparing the experiences of Black, Asian and minority ethnic (BAME) and White staff.'),
 ('WDES', 'Workforce Disability Equality Standard', 'Ten indicators comparing the experiences of disabled and non-disabled staff.'),
 ('GPG',  'Gender Pay Gap', 'Mean and median hourly pay and bonus gaps, bonus shares and pay quartiles by sex (SI 2017/353).'),
 ('EDI',  'Wider equality, diversity and inclusion', 'Plans and figures for other protected characteristics and EDI focus areas.');
