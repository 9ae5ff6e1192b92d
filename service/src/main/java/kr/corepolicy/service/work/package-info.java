/**
 * "My work" (내 업무): what the signed-in user must do now — documents to sign, reports due, returned documents,
 * their tasks, unread notifications — counted and listed in a constant number of statements.
 */
package kr.corepolicy.service.work;
