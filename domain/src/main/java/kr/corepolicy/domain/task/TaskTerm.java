package kr.corepolicy.domain.task;

/** 단기/중기/장기: the planning horizon of a task. */
public enum TaskTerm {
    SHORT,
    MEDIUM,
    LONG
}
