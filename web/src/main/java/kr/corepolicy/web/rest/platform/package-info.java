/** The API of the platform for administrators: the state of this instance and its database. */
package kr.corepolicy.web.rest.platform;
