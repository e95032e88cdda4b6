/** Who is calling: partner and user tokens, passwords, roles with rights, location-scoped access. */
package dev.kairos.auth;
