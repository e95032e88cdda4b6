/** Taking appointments, whoever books them: the requests and plans every way of booking shares, the writer of appointment rows under row locks and exclusion constraints (the guarantee of no double booking), and the events each change publishes. */
package dev.kairos.booking;
