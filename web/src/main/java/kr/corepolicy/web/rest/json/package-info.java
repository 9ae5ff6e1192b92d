/**
 * How the API reads JSON bodies and describes them: every body is a record, bound exactly (no number wrapped,
 * rounded or cut, no unknown field or enum value let through) and checked against the Bean Validation
 * constraints on its components, which are also what the published OpenAPI description says about each field.
 */
package kr.corepolicy.web.rest.json;
