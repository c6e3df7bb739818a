// Persons whose topCounterparts differ from their 100 most frequent counterparts by the
// DEALT_WITH summaries: empty while the loader keeps them true.
MATCH (p:Person)
CALL (p) {
  OPTIONAL MATCH (p)-[d:DEALT_WITH]->(o)
  WITH d, o
  ORDER BY d.count DESC, o.id
  LIMIT 100
  RETURN collect(o.id) AS top
}
WITH p, top
WHERE coalesce(p.topCounterparts, []) <> top
RETURN p.id AS id, p.topCounterparts AS stored, top AS expected
ORDER BY id
