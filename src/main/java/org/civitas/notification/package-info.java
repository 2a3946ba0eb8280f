/** Email to participants in their own language: templates, outbox delivery with retries, the dev mailbox. */
package org.civitas.notification;
