/** The shell around every page: the signed-in user, language, sign-out, home page. */
package kr.corepolicy.web.faces.shell;
