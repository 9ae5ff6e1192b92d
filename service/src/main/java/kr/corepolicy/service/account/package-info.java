/** Sign-in (with lockout), the signed-in user's profile and preferences, account administration. */
package kr.corepolicy.service.account;
