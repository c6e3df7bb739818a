// Every event and agreement with its participants, date and sources, in a stable order: two
// loads that produce the same graph produce the same rows.
CALL () {
  MATCH (e:Event)
  OPTIONAL MATCH (p:Person)-[r:PARTICIPATED_IN]->(e)
  WITH e, collect(p.id + ':' + r.role) AS people
  OPTIONAL MATCH (e)-[:REPORTED_IN]->(a:Article)
  WITH e, people, collect(a.id) AS sources
  RETURN 'event' AS kind, e.type AS type, e.date AS date, e.initiator AS initiator,
         apoc.coll.sort(people) AS people, apoc.coll.sort(sources) AS sources
  UNION ALL
  MATCH (g:Agreement)
  OPTIONAL MATCH (g)-[:BETWEEN]->(c:Country)
  WITH g, collect(c.code) AS parties
  OPTIONAL MATCH (g)-[:REPORTED_IN]->(a:Article)
  WITH g, parties, collect(a.id) AS sources
  RETURN 'agreement' AS kind, g.kind AS type, g.date AS date, null AS initiator,
         apoc.coll.sort(parties) AS people, apoc.coll.sort(sources) AS sources
}
RETURN kind, type, date, initiator, people, sources
ORDER BY kind, type, date, people, sources
