/**
 * Demo data for Gyeongju, loaded on first start in demo mode only (the embedded default database, or
 * COREPOLICY_DEMO=true): the organisation and one user for each role. Everything here is fictional.
 */
package kr.corepolicy.service.demo;
