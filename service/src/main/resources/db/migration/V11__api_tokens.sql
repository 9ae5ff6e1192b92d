-- Personal API tokens (#12): a script calls the API with `Authorization: Bearer cpt_…` instead of a password that
-- costs a PBKDF2 hash per request. Only the SHA-256 of the secret is stored (hex); a request finds its token by
-- that hash through the unique index, one SELECT. The prefix (8 characters after `cpt_`) is shown in lists to
-- recognise a token by. A revoked token stays, with who revoked it and when, for the record.
-- Portable across H2 2.x (MODE=LEGACY) and MySQL 8 / MariaDB 10.11: AUTO_INCREMENT key, VARCHAR, named constraints.

CREATE TABLE api_token (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    owner_id     BIGINT       NOT NULL,
    name         VARCHAR(50)  NOT NULL,
    secret_hash  VARCHAR(64)  NOT NULL,
    prefix       VARCHAR(8)   NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL,
    expires_at   TIMESTAMP(3) NOT NULL,
    last_used_at TIMESTAMP(3) NULL,
    revoked_at   TIMESTAMP(3) NULL,
    revoked_by   VARCHAR(50)  NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_api_token_secret_hash UNIQUE (secret_hash),
    CONSTRAINT fk_api_token_owner FOREIGN KEY (owner_id) REFERENCES user_account (id)
);

-- An owner's tokens (the list, the count of working tokens), and the foreign key's index on MySQL.
CREATE INDEX ix_api_token_owner ON api_token (owner_id, revoked_at);
