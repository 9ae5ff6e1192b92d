package kr.corepolicy.domain.task;

/** Where the money comes from: 국비, 도비, 시비, 민자/기타. */
public enum FundSource {
    NATIONAL,
    PROVINCIAL,
    CITY,
    PRIVATE
}
