-- Which statuses hold a team member's, resource's or service's time, written once for every query
-- that asks. The function is inlined where it is called, so a query's "holds_time(status)" is the
-- same condition as the "status in (...)" of the partial indexes and the exclusion constraint of
-- V1, V31 and V63, and still uses them. dev.kairos.booking.AppointmentStatus.HOLDING says the same
-- in Java; a test holds the two equal.
create function holds_time(status text) returns boolean
    language sql immutable parallel safe
    as $$ select status in ('requested', 'confirmed', 'arrived', 'completed') $$;
