-- Trading calendar (risk feature): exchange holidays are data, imported per year.
-- Portable SQL: MariaDB 10.11 and H2 (regular mode).

-- Weekday closures of the Shanghai and Shenzhen exchanges; weekends are never stored.
CREATE TABLE trading_holiday (
    holiday_date  DATE         NOT NULL PRIMARY KEY,
    name          VARCHAR(60)  NOT NULL,
    source        VARCHAR(200) NULL
);

-- A year counts as covered once loaded, even with no holidays; the calendar refuses dates of other years.
-- The key is calendar_year, not year: YEAR is a reserved word in H2. loaded_at is UTC wall time.
CREATE TABLE trading_calendar_year (
    calendar_year  INT          NOT NULL PRIMARY KEY,
    loaded_at      DATETIME(6)  NOT NULL,
    loaded_by      VARCHAR(50)  NOT NULL,
    source         VARCHAR(200) NULL
);
