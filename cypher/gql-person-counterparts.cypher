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
RETURN id, items
