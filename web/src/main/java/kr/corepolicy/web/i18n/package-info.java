/** The message bundles (Korean by default, English) and how code outside JSF pages reads them. */
package kr.corepolicy.web.i18n;
