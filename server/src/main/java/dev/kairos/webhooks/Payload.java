package dev.kairos.webhooks;

/**
 * A delivery's body, Altegio's: {@code {company_id, resource, resource_id, status, data}}.
 *
 * @param status {@code create}, {@code update} or {@code delete}
 * @param data the resource as the GET API shows it
 */
record Payload(long companyId, String resource, long resourceId, String status, Object data) {}
