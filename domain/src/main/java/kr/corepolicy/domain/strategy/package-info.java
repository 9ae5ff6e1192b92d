/** The city's core-policy strategies (핵심정책 전략) and the task force (전략 T/F) that runs each. */
package kr.corepolicy.domain.strategy;
