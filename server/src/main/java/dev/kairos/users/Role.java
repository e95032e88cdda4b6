package dev.kairos.users;

import dev.kairos.auth.Right;
import java.util.Set;

/** A named set of rights of one chain, and how many users hold it. */
record Role(long id, long chainId, String title, Set<Right> rights, int users) {}
