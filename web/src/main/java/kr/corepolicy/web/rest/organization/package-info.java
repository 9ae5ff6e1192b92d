/** The organisation chart API. */
package kr.corepolicy.web.rest.organization;
