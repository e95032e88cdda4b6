/** Excel exports of appointments: the filtered rows written by a background job, emailed as a link, downloadable by their owner only. */
package dev.kairos.exports;
