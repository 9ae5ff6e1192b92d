/**
 * What happens once the database is migrated: the demo data in demo mode, or the first administrator of a new
 * production database, then the start-up banner. Above the other packages (it calls the demo loader and the
 * accounts), so that the platform below them depends on none of them.
 */
package kr.corepolicy.service.startup;
