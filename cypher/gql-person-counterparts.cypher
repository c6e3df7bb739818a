// Who each person dealt with: the persons they shared events with, how often, first and last.
// The first and last dates are those of the earliest and latest shared events (by first day,
// then id) that have a date. Only the $limit most frequent counterparts are projected.
// PARTICIPATED_IN joins persons to events only: no label checks.
UNWIND $ids AS id
CALL (id) {
  MATCH (p:Person {id: id})-[:PARTICIPATED_IN]->(e)<-[:PARTICIPATED_IN]-(o)
  WHERE o <> p
  WITH o, e, CASE WHEN e.date IS NOT NULL THEN [e.dateStart, e.id, e.date] END AS dated
  WITH o, count(DISTINCT e) AS n, collect(DISTINCT e.type) AS types,
       min(dated) AS first, max(dated) AS last
  ORDER BY n DESC, o.id
  LIMIT $limit
  RETURN collect({
    person: o {.*}, count: n, types: types, firstDate: first[2], lastDate: last[2]
  }) AS items
}
RETURN id, items
