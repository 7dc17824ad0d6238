-- Failed sign-ins per client address, shared by every node: an address that fails too often within one
-- window (a minute) is refused with 429 before its password is checked. One row per address that failed
-- lately; rows whose window has passed are deleted (people.internal.LoginAttempts).
create table login_throttle (
    address      varchar(64)              not null,
    window_start timestamp with time zone not null,
    failures     int                      not null,
    constraint login_throttle_pk primary key (address)
);

create index login_throttle_window on login_throttle (window_start);
