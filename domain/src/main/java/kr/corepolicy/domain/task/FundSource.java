package kr.corepolicy.domain.task;

/** Where the money comes from: 국비, 도비, 시비, 민자/기타. */
public enum FundSource {
    NATIONAL,
    PROVINCIAL,
    CITY,
    PRIVATE;

    /** 국·도비: the national and provincial funds a city has to secure (the dashboards' 확보율). */
    public boolean isSecuredFromOutside() {
        return this == NATIONAL || this == PROVINCIAL;
    }
}
