/** The reporting cycle over HTTP: periods, progress reports, submission. */
package kr.corepolicy.web.rest.report;
