/** The API of the signed-in user's own account. */
package kr.corepolicy.web.rest.account;
