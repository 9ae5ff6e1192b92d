/**
 * What waits for the signed-in user, counted for the header of every page: documents to sign (theirs or those of
 * whom they stand in for today), documents returned to them, unread notifications — in one statement.
 */
package kr.corepolicy.service.inbox;
