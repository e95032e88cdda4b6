package dev.kairos.users;

import dev.kairos.refusal.Fault;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rule that a chain always keeps someone who can manage its users: an active owner, or an
 * active user (with a password set) whose role at some location carries the right. Changes to
 * users and roles lock the chain first, so two of them cannot each remove the other's last
 * manager.
 */
@Repository
class Managers {

    private final JdbcClient db;

    Managers(JdbcClient db) {
        this.db = db;
    }

    /** Serialises changes to the chain's users and roles until the transaction ends. */
    void lockChain(long chainId) {
        db.sql("select id from chains where id = :chain for update")
                .param("chain", chainId)
                .query(Long.class)
                .optional();
    }

    /**
     * Whether a manager remains who is not {@code exceptUser} and does not owe the right to
     * {@code exceptRole} (pass -1 for none).
     */
    boolean remainsWithout(long chainId, long exceptUser, long exceptRole) {
        return db.sql("""
                        select exists (
                          select 1 from users u
                           where u.chain_id = :chain and u.active and u.id <> :user
                             and not exists (select 1 from user_invitations i where i.user_id = u.id and i.used_at is null)
                             and (u.is_owner or exists (
                                   select 1 from user_locations ul join roles r on r.id = ul.role_id
                                    where ul.user_id = u.id and r.id <> :role and 'MANAGE_USERS' = any (r.rights))))
                        """)
                .param("chain", chainId)
                .param("user", exceptUser)
                .param("role", exceptRole)
                .query(Boolean.class)
                .single();
    }

    /** Whether the chain, as this transaction sees it, still has a user who can manage users. */
    boolean exist(long chainId) {
        return remainsWithout(chainId, -1, -1);
    }

    static final Fault LAST_MANAGER = Fault.of(
            "refusal.user.last-manager",
            "This is the last user who can manage users; give another user that right first");
}
