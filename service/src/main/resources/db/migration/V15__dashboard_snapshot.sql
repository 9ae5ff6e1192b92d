-- The dashboards' figures, counted once and kept here for every instance to serve (#13): a portfolio dashboard adds
-- up the whole city, too much to do per request when many people open it before a 보고회.
--
-- dashboard_generation counts the changes to what the figures are made of: the services that change a task, a
-- report's submission or approval, a period or the KPI thresholds add one in the same transaction. A snapshot is
-- served while it was counted at the current generation, on the same day (a report becomes overdue overnight) and
-- in the same format, and is not older than the application's maximum age; else the instance that claims it (a
-- conditional update of claimed_until, so one instance at a time) counts again, while the others serve the
-- previous figures with the time they were counted.

CREATE TABLE dashboard_generation (
    id         INT    PRIMARY KEY,
    generation BIGINT NOT NULL
);

INSERT INTO dashboard_generation (id, generation) VALUES (1, 0);

CREATE TABLE dashboard_snapshot (
    scope         VARCHAR(40)  PRIMARY KEY,
    format        VARCHAR(64)  NOT NULL,
    generation    BIGINT       NOT NULL,
    as_of         DATE         NOT NULL,
    computed_at   TIMESTAMP(3) NOT NULL,
    claimed_until TIMESTAMP(3) NULL,
    figures       MEDIUMTEXT   NOT NULL
);
