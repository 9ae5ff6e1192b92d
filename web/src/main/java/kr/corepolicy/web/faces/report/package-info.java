/** Pages of the reporting cycle: the report list, the report editor, the planning office's periods. */
package kr.corepolicy.web.faces.report;
