/** The city's organisation: bureaus, offices and headquarters (국·실·본부·소), divisions (과) and teams (팀). */
package kr.corepolicy.domain.organization;
