/** Administration pages (IT department): organisation chart and user accounts. */
package kr.corepolicy.web.faces.admin;
