// Pairs of persons whose DEALT_WITH summary disagrees with the held events they shared: a missing or
// wrong summary, or one left after its last shared event went. Empty while the loader keeps
// the summaries true.
CALL () {
  MATCH (x:Person)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(y:Person)
  WHERE x <> y AND NOT coalesce(e.planned, false)
  WITH x, y, e, CASE WHEN e.date IS NOT NULL THEN [e.dateStart, e.id, e.date] END AS dated
  WITH x, y, count(DISTINCT e) AS n, collect(DISTINCT e.type) AS types, min(dated) AS first,
       max(dated) AS last
  OPTIONAL MATCH (x)-[d:DEALT_WITH]->(y)
  WITH x, y, n, types, first, last, d
  // Missing properties count as wrong (a comparison with null would let them pass).
  WHERE d IS NULL OR coalesce(d.count <> n, true) OR coalesce(d.key <> x.id + ' ' + y.id, true)
     OR coalesce(size(d.types) <> size(types), true)
     OR any(t IN types WHERE NOT coalesce(t IN d.types, false))
     OR coalesce(d.firstDate, '') <> coalesce(first[2], '')
     OR coalesce(d.lastDate, '') <> coalesce(last[2], '')
  RETURN x.id AS a, y.id AS b, CASE WHEN d IS NULL THEN 'missing' ELSE 'wrong' END AS problem
  UNION
  MATCH (x:Person)-[:DEALT_WITH]->(y:Person)
  WHERE NOT EXISTS {
    (x)-[:PARTICIPATED_IN]->(e)<-[:PARTICIPATED_IN]-(y) WHERE NOT coalesce(e.planned, false)
  }
  RETURN x.id AS a, y.id AS b, 'stale' AS problem
}
RETURN a, b, problem
ORDER BY a, b
