/**
 * What every component stands on: configuration defaults, the application's data source, Flyway migrations
 * at start-up, readiness, the clock.
 */
package kr.corepolicy.service.platform;
