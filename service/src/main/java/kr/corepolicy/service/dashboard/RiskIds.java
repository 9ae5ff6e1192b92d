package kr.corepolicy.service.dashboard;

import java.util.List;

/**
 * How many tasks are at risk under a filter and the ids of the first ones, in the list's order, before their details
 * are read. Internal to the dashboards.
 */
record RiskIds(long total, List<Long> first) {

    RiskIds {
        first = List.copyOf(first);
    }
}
