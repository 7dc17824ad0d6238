-- A person's private calendar subscription address (/calendar/<secret>.ics) for clients that cannot
-- send credentials (Outlook, Google Calendar). One per person; a reset replaces it, so the old address
-- stops at once. Only the SHA-256 of the 256-bit random secret is kept, as for API tokens.
create table calendar_link (
    username     varchar(120) primary key,
    secret_hash  varchar(64)  not null,
    created_at   timestamp with time zone not null
);
create unique index ux_calendar_link_hash on calendar_link (secret_hash);
