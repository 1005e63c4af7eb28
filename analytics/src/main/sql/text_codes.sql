-- The dictionary of the text codes (text_code.sql) of every text a score comparison can return: evaluation kinds,
-- grades and level-1 group names. A code two texts share counts texts > 1; it is ambiguous, and the comparison reads
-- those texts themselves.
SELECT text_code(t) AS code, encode(min(t)) AS text, count(DISTINCT t) AS texts
FROM (SELECT DISTINCT kind AS t FROM evaluation
      UNION ALL SELECT grade FROM grade_band
      UNION ALL SELECT DISTINCT name FROM indicator WHERE level = 1)
GROUP BY code;
