// Recounts the DEALT_WITH summary of each pair of $pairs from the events the two persons
// share (held, not planned): how many, of which types, and the first and last dated ones (by first day, then id).
// Used where adding up is not enough (a retraction, the first or last event's date refined);
// a pair left with no shared event loses its edges. Drawn both ways, so a person's
// counterparts are that person's outgoing edges.
UNWIND $pairs AS pair
MATCH (x:Person {id: pair.a}), (y:Person {id: pair.b})
CALL (x, y) {
  // From the one with fewer events (degrees are read in constant time).
  WITH x, y, COUNT { (x)-[:PARTICIPATED_IN]->() } <= COUNT { (y)-[:PARTICIPATED_IN]->() } AS xFirst
  WITH CASE WHEN xFirst THEN x ELSE y END AS few, CASE WHEN xFirst THEN y ELSE x END AS many
  MATCH (few)-[:PARTICIPATED_IN]->(e)
  WHERE NOT coalesce(e.planned, false) AND EXISTS { (e)<-[:PARTICIPATED_IN]-(many) }
  WITH e, CASE WHEN e.date IS NOT NULL THEN e.dateStart + ' ' + e.id END AS key
  RETURN count(DISTINCT e) AS n, collect(DISTINCT e.type) AS types,
         min(key) AS first, max(key) AS last,
         collect(CASE WHEN key IS NOT NULL THEN [key, e.date] END) AS dates
}
CALL (x, y, n) {
  WITH x, y WHERE n = 0
  OPTIONAL MATCH (x)-[d:DEALT_WITH]-(y)
  DELETE d
}
CALL (x, y, n, types, first, last, dates) {
  WITH x, y, n, types, first, last, dates WHERE n > 0
  WITH x, y, n, types, first, last, [d IN dates WHERE d[0] = first][0][1] AS firstDate,
       [d IN dates WHERE d[0] = last][0][1] AS lastDate
  MERGE (x)-[a:DEALT_WITH]->(y)
  SET a.key = x.id + ' ' + y.id, a.count = n, a.types = types, a.firstKey = first,
      a.lastKey = last, a.firstDate = firstDate, a.lastDate = lastDate
  MERGE (y)-[b:DEALT_WITH]->(x)
  SET b = properties(a), b.key = y.id + ' ' + x.id
}
RETURN count(*) AS pairs
