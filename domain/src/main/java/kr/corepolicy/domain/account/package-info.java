/** Employees' user accounts: sign-in credentials, position (직위), roles, lockout after failed sign-ins. */
package kr.corepolicy.domain.account;
