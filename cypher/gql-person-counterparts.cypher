// Who each person dealt with, most frequent first: the first $limit of the person's
// topCounterparts (kept by the loader, in order), each with its DEALT_WITH summary. The cost
// follows the page, not the number of counterparts or shared events. With $light, only the
// properties most queries show are read of each counterpart.
UNWIND $ids AS id
CALL (id) {
  MATCH (p:Person {id: id})
  WITH coalesce(p.topCounterparts, [])[..$limit] AS top
  UNWIND range(0, size(top) - 1) AS i
  // By the edge's key (index seek): expanding between two persons who both dealt with
  // thousands would read their edges.
  MATCH ()-[d:DEALT_WITH {key: id + ' ' + top[i]}]->(o)
  WITH i, o, d
  ORDER BY i
  RETURN collect({
    person: CASE WHEN $light THEN o {.id, .nameEn, .nameAr, .country, .role} ELSE o {.*} END,
    count: d.count, types: d.types, firstDate: d.firstDate, lastDate: d.lastDate
  }) AS items
}
// With $withPersons, the persons come along: a query about one person and their counterparts
// needs no other statement.
RETURN id, items,
       CASE WHEN $withPersons THEN COLLECT { MATCH (p:Person {id: id}) RETURN p {.*} }[0] END AS person
