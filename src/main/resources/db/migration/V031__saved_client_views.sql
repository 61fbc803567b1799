-- Saved views of the client list (客户档案): per user, a name for a filter (the list's URL query) and a sort.
-- Owned by the client feature; read and written only for the signed-in user. Portable SQL: MariaDB 10.11 and H2.
CREATE TABLE saved_client_view (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT         NOT NULL,
    name         VARCHAR(40)    NOT NULL,
    filter_query VARCHAR(2000)  NOT NULL,
    sort_order   VARCHAR(60)    NULL,
    created_at   DATETIME(6)    NOT NULL,
    CONSTRAINT uq_saved_client_view_name UNIQUE (user_id, name)
);
