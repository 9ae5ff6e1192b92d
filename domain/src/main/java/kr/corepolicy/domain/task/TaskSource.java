package kr.corepolicy.domain.task;

/** 출처: where a task comes from. */
public enum TaskSource {
    /** 중앙부처 공약·국정과제 */
    CENTRAL_PLEDGE,
    /** 경북도 공약 */
    PROVINCIAL_PLEDGE,
    /** 경주시 공약 */
    CITY_PLEDGE,
    /** 2040 미래종합발전계획 */
    PLAN_2040,
    /** 코로나 팬데믹 극복 */
    PANDEMIC_RECOVERY,
    /** 연구용역 과제 */
    RESEARCH_STUDY,
    /** 기타 */
    OTHER
}
