/** The catalog: services (Omneo's appointment definitions) with their staff, hours and resources, and service categories. */
package dev.kairos.catalog;
