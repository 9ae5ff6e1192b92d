/** KPI status over HTTP: the planning office's thresholds that turn a KPI's achievement into its status. */
package kr.corepolicy.web.rest.kpi;
