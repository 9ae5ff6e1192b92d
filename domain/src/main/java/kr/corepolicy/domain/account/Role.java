package kr.corepolicy.domain.account;

/**
 * What a user may do in CorePolicy, independent of their position. A user can hold several roles; every
 * signed-in user also has {@link #USER}. The names are the Jakarta Security group names.
 */
public enum Role {
    /** Every signed-in employee: reads the portfolio. */
    USER,
    /** 과제 담당자 — keeps a task card and writes its reports. */
    OFFICER,
    /** 팀장 — reviews the team's documents. */
    TEAM_LEADER,
    /** 부서장 — decides (전결) on the department's reports. */
    DEPARTMENT_HEAD,
    /** 전략 T/F팀장 — coordinates a strategy's tasks. */
    TF_LEADER,
    /** 기획부서 — runs the cycle: periods, meetings, the portfolio itself. */
    PLANNER,
    /** 부시장·시장·국장 — reads everything, chairs reviews. */
    EXECUTIVE,
    /** IT department: organisation, users, delegation rules. */
    ADMIN;

    /** Group names as Jakarta Security sees them, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String USER = "USER";
        public static final String OFFICER = "OFFICER";
        public static final String TEAM_LEADER = "TEAM_LEADER";
        public static final String DEPARTMENT_HEAD = "DEPARTMENT_HEAD";
        public static final String TF_LEADER = "TF_LEADER";
        public static final String PLANNER = "PLANNER";
        public static final String EXECUTIVE = "EXECUTIVE";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
