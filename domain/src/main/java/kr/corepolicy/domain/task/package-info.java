/**
 * Policy tasks (추진과제) and everything on their task card (과제관리카드): owning and collaborating
 * departments, sources, period and term, status, yearly plan with milestones, KPIs with yearly targets, and
 * the fund plan by fiscal year and source.
 */
package kr.corepolicy.domain.task;
