/** The strategy page: one strategy, its task force and its tasks. */
package kr.corepolicy.web.faces.strategy;
