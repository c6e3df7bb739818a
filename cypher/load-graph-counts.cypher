// Node and relationship counts by label and type: what "loading twice changes nothing" compares.
CALL () {
  MATCH (n) UNWIND labels(n) AS label RETURN 'node:' + label AS key, count(*) AS n
  UNION ALL
  MATCH ()-[r]->() RETURN 'rel:' + type(r) AS key, count(*) AS n
}
RETURN key, n ORDER BY key
