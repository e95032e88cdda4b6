-- Who cancelled an appointment: cancelled_by names the staff user, and a client who cancels their
-- own appointment (the booking link, DELETE /user/records) has no user. This says it was the client,
-- so the record shows who did it instead of nobody.
alter table appointments add column cancelled_by_client boolean not null default false;
