/**
 * The strategy portfolio and task cards: searching tasks, reading a whole card, creating and editing tasks
 * with the version the editor saw. Results are view records built inside the transaction, never entities.
 */
package kr.corepolicy.service.task;
