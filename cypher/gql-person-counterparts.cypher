// Who each person dealt with, most frequent first: read from the DEALT_WITH summaries the loader
// keeps (one edge per counterpart), so the cost follows the number of counterparts, not of
// shared events. Only the $limit most frequent are projected.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Person {id: id})-[d:DEALT_WITH]->(o)
  WITH o, d
  ORDER BY d.count DESC, o.id
  LIMIT $limit
  RETURN collect({
    person: o {.*}, count: d.count, types: d.types, firstDate: d.firstDate, lastDate: d.lastDate
  }) AS items
}
// With $withPersons, the persons come along: a query about one person and their counterparts
// needs no other statement.
RETURN id, items,
       CASE WHEN $withPersons THEN COLLECT { MATCH (p:Person {id: id}) RETURN p {.*} }[0] END AS person
