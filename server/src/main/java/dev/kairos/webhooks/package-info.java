/** Webhooks: Altegio's hooks_settings, an outbox written with every change, and signed, retried deliveries. */
package dev.kairos.webhooks;
