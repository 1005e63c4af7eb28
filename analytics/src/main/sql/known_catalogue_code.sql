-- Whether a code is one of the indicator catalogue copied from PostgreSQL (one row when it is).
SELECT code FROM indicator_catalogue WHERE code = ?;
