/** The sign-in page. */
package kr.corepolicy.web.faces.account;
