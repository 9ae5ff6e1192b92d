/** JSF backing beans, one package per area; page paths mirror them. */
package kr.corepolicy.web.faces;
