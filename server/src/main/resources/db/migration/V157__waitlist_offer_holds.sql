-- An open waitlist offer holds its time: free-time searches and online bookings read the offers of a
-- team member beside their appointments. Few rows are offered at once; this index finds them.
create index waitlist_entries_offer_holds on waitlist_entries (offer_team_member_id, offer_start)
    where status = 'offered';
