-- The six high impact actions of NHS England's equality, diversity and inclusion improvement plan
-- (June 2023), the success measures the plan gives each (in Parity's words), and which of Parity's
-- national indicators measure them. National reference data, the same for every installation, so it
-- arrives with the schema (an installation seeded before this version gets it too).
create table high_impact_action (
    code     varchar(10)   not null primary key,
    position int           not null,
    title    varchar(200)  not null,
    aim      varchar(1000) not null
);

create table high_impact_measure (
    hia_code        varchar(10)  not null references high_impact_action (code),
    position        int          not null,
    label           varchar(10)  not null,
    text            varchar(500) not null,
    -- ';'-separated national indicator codes that measure it; empty when none of Parity's does
    indicator_codes varchar(200),
    primary key (hia_code, position)
);

-- An action's links to high impact actions. inferred: Parity linked it (e.g. from the indicators the
-- action is meant to move) and the source document does not say so; reason says why.
create table action_hia (
    action_id bigint       not null references action (id),
    hia_code  varchar(10)  not null references high_impact_action (code),
    inferred  boolean      not null,
    reason    varchar(500),
    primary key (action_id, hia_code)
);
create index action_hia_by_hia on action_hia (hia_code);

insert into high_impact_action (code, position, title, aim) values
('HIA1', 1, 'Board and executive EDI objectives',
 'Chairs, chief executives and board members have specific, measurable equality, diversity and inclusion objectives, and are held to account for them individually and together.'),
('HIA2', 2, 'Fair recruitment and talent management',
 'Recruitment is fair and inclusive, and talent management targets under-representation and the lack of diversity, above all in senior roles.'),
('HIA3', 3, 'Eliminating pay gaps',
 'An improvement plan closes the gender, race and disability pay gaps.'),
('HIA4', 4, 'Health inequalities within the workforce',
 'An improvement plan addresses the health inequalities of the organisation''s own staff.'),
('HIA5', 5, 'Internationally recruited staff',
 'Staff recruited from abroad have a full induction, onboarding and development programme.'),
('HIA6', 6, 'Eliminating bullying, discrimination, harassment and violence',
 'The conditions in which bullying, discrimination, harassment and physical violence at work occur are removed.');

insert into high_impact_measure (hia_code, position, label, text, indicator_codes) values
('HIA1', 1, '1a', 'Chair and chief executive appraisals include EDI objectives, assured through the Board Assurance Framework', null),
('HIA2', 1, '2a', 'Relative likelihood of being appointed from shortlisting, across all posts', 'WRES2;WDES2'),
('HIA2', 2, '2b', 'Staff believing the organisation gives equal opportunities for career progression or promotion', 'WRES7;WDES5'),
('HIA2', 3, '2c', 'Representation across pay bands, in particular at senior levels', 'WRES1;WDES1'),
('HIA3', 1, '3a', 'Improvement in the gender, race and disability pay gaps', 'GPG_MEAN_GAP;GPG_MEDIAN_GAP'),
('HIA4', 1, '4a', 'Staff saying the organisation takes positive action on health and wellbeing (NHS Staff Survey)', null),
('HIA4', 2, '4b', 'Lower sickness absence rates', null),
('HIA5', 1, '5a', 'Internationally recruited staff''s sense of belonging, and their experience of bullying and harassment (NHS Staff Survey)', null),
('HIA6', 1, '6a', 'Fewer staff experiencing harassment, bullying or abuse from patients, relatives or the public', 'WRES5;WDES4a'),
('HIA6', 2, '6b', 'Fewer staff experiencing harassment, bullying or abuse from managers or colleagues', 'WRES6;WDES4b;WDES4c'),
('HIA6', 3, '6c', 'Fewer staff experiencing discrimination at work from a manager or colleagues', 'WRES8'),
('HIA6', 4, '6d', 'More staff reporting the harassment, bullying or abuse they experience', 'WDES4d');
