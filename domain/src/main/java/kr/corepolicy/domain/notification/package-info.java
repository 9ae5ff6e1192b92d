/** What the application tells a person: in-app notifications, their e-mail copies, and reminders sent once. */
package kr.corepolicy.domain.notification;
