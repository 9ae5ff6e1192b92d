/**
 * Authentication: one Jakarta Security mechanism for the pages (form sign-in, then the session) and the API
 * (HTTP Basic, or the browser's session with an anti-forgery header), all against the accounts in the
 * database.
 */
package kr.corepolicy.web.security;
