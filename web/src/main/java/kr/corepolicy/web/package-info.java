/** The web tier: JSF pages (PrimeFaces), the JAX-RS API, authentication. */
package kr.corepolicy.web;
