/** The JSON API under /api: records in and out, errors as application/problem+json. */
package kr.corepolicy.web.rest;
