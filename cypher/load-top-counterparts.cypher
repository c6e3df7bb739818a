// Keeps each person's `topCounterparts`: the ids of their 100 most frequent counterparts (the
// largest page `counterparts` serves), by DEALT_WITH count, then id. A page of counterparts then
// reads its own entries, not every counterpart of a person who dealt with thousands. Rebuilt for
// the persons whose summaries the batch changed.
UNWIND $persons AS id
MATCH (p:Person {id: id})
CALL (p) {
  OPTIONAL MATCH (p)-[d:DEALT_WITH]->(o)
  WITH d, o
  ORDER BY d.count DESC, o.id
  LIMIT 100
  RETURN collect(o.id) AS top
}
SET p.topCounterparts = top
RETURN count(p) AS persons
