-- Team members who do not perform a service although they work at its location: with
-- use_staff_from_location the service takes the location's staff minus these (Omneo's profiles
-- that exclude a definition). Members of the service's chain only, checked on write.
create table service_excluded_staff (
    service_id      bigint not null references services on delete cascade,
    team_member_id  bigint not null references team_members on delete cascade,
    primary key (service_id, team_member_id)
);
create index service_excluded_staff_member on service_excluded_staff (team_member_id);
