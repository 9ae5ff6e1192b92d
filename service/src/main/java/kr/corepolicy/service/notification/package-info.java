/**
 * Notifications in the application and by e-mail, and the reminders of the reporting cycle. E-mail goes
 * through an outbox in the database: written with the change it reports, sent after the commit by whichever
 * instance claims it first.
 */
package kr.corepolicy.service.notification;
