-- Users and roles managed from the API and the pages.

-- A deactivated user keeps their rows (the activity log names them) but cannot sign in, and
-- every token and session of theirs stops working at once.
alter table users add column active boolean not null default true;
alter table users add column deactivated_at timestamptz;

-- Deleting appointments becomes a right of its own; roles that could edit appointments kept
-- that power so far, so they keep it.
update roles set rights = array_append(rights, 'DELETE_RECORDS')
 where 'EDIT_RECORDS' = any (rights) and not ('DELETE_RECORDS' = any (rights));

-- Seeing cash registers and payments becomes a right of its own; roles that could view
-- appointments saw them so far, so they keep that.
update roles set rights = array_append(rights, 'SEE_FINANCES')
 where 'VIEW_RECORDS' = any (rights) and not ('SEE_FINANCES' = any (rights));

-- An invitation: a link to set a password. Only the token's SHA-256 is kept; a used or
-- expired invitation opens nothing.
create table user_invitations (
    token_hash  text primary key,
    user_id     bigint not null references users on delete cascade,
    created_by  bigint references users,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_at  timestamptz not null default now()
);
create index user_invitations_user on user_invitations (user_id);
