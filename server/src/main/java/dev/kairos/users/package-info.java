/** Users and roles: inviting people, the rights their roles carry, the locations they may work at, and deactivating them. */
package dev.kairos.users;
