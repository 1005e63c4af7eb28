-- Whether a region code is one of the GB/T 2260 list copied from PostgreSQL (one row when it is).
SELECT code FROM region WHERE code = ?;
