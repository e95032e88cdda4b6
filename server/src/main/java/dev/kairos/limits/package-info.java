/** Request rate limits on the API and sign-in throttling, shared by every node through PostgreSQL. */
package dev.kairos.limits;
