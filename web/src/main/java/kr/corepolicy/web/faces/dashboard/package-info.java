/** The dashboards for the people who run the city, and the KPI thresholds their statuses follow. */
package kr.corepolicy.web.faces.dashboard;
