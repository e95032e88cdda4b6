package dev.kairos.auth;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A person signed in to the admin pages. Rights are not cached here: every page checks them at the
 * location it acts on, through {@link Access}, with the {@link #caller()} this session stands for.
 */
public record SessionUser(long id, long chainId, boolean owner, String login, String name, String passwordHash)
        implements UserDetails {

    /** The session as the API's caller: the person, and the chain standing in for a partner token. */
    public Caller caller() {
        return new Caller(new Caller.Partner(0, chainId), new Caller.User(id, chainId, owner, login));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_STAFF"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return login;
    }

    @Override
    public String toString() {
        return "SessionUser[" + id + ", " + login + "]";
    }
}
