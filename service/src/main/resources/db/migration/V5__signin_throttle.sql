-- Failed sign-ins per client address, for the per-address throttle (issue #8, finding 4): one row a failure,
-- counted in a sliding window by every instance; rows older than a day are deleted hourly.
-- Portable across H2 2.x and MySQL 8 / MariaDB 10.11: AUTO_INCREMENT key, VARCHAR, named indexes.

CREATE TABLE sign_in_failure (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    source_address VARCHAR(64)  NOT NULL,
    failed_at      TIMESTAMP(3) NOT NULL
);

CREATE INDEX ix_sign_in_failure_address ON sign_in_failure (source_address, failed_at);
CREATE INDEX ix_sign_in_failure_time ON sign_in_failure (failed_at);
