/** The dashboards over the API: the portfolio, one department, the tasks at risk. */
package kr.corepolicy.web.rest.dashboard;
