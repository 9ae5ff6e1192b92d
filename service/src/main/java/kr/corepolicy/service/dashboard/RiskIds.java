package kr.corepolicy.service.dashboard;

import java.util.List;

/**
 * How many tasks are at risk under a filter and the ids of the first ones, in the list's order: what is kept with
 * the dashboards' figures (the details of a page are read when it is shown). Internal to the dashboards' keeping.
 */
record RiskIds(long total, List<Long> first) {

    RiskIds {
        first = List.copyOf(first);
    }
}
