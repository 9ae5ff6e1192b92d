/** The signed-in user's notifications over HTTP. */
package kr.corepolicy.web.rest.notification;
