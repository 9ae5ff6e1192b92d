/** The signed-in user's notifications page. */
package kr.corepolicy.web.faces.notification;
