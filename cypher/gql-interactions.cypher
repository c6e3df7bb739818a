// The events and agreements that involve both actors of each pair, by date. An actor is a
// person id or a country code. An event involves its participants, their countries and, for a
// visit, the country visited; an agreement involves its signatories and its parties.
UNWIND $pairs AS pair
CALL (pair) {
  CALL (pair) {
    MATCH (:Person {id: pair.a})-[:PARTICIPATED_IN]->(e:Event)
    RETURN e
    UNION
    MATCH (:Person {country: pair.a})-[:PARTICIPATED_IN]->(e:Event)
    RETURN e
    UNION
    MATCH (e:Event {type: 'VISIT'})-[:IN]->(:Country {code: pair.a})
    RETURN e
  }
  WITH pair, e, COLLECT {
    MATCH (e)<-[:PARTICIPATED_IN]-(q:Person) RETURN q.id AS actor
    UNION
    MATCH (e)<-[:PARTICIPATED_IN]-(q:Person) WHERE q.country IS NOT NULL RETURN q.country AS actor
    UNION
    MATCH (e)-[:IN]->(c:Country) WHERE e.type = 'VISIT' RETURN c.code AS actor
  } AS actors
  WHERE pair.a IN actors AND pair.b IN actors
  RETURN 'EVENT' AS kind, e AS node
  UNION
  CALL (pair) {
    MATCH (:Person {id: pair.a})-[:SIGNED]->(g:Agreement)
    RETURN g
    UNION
    MATCH (g:Agreement)-[:BETWEEN]->(:Country {code: pair.a})
    RETURN g
  }
  WITH pair, g, COLLECT {
    MATCH (g)-[:BETWEEN]->(c:Country) RETURN c.code AS actor
    UNION
    MATCH (q:Person)-[:SIGNED]->(g) RETURN q.id AS actor
  } AS actors
  WHERE pair.a IN actors AND pair.b IN actors
  RETURN 'AGREEMENT' AS kind, g AS node
}
WITH pair, kind, node
WHERE ($from IS NULL OR node.dateEnd >= $from)
  AND ($to IS NULL OR node.dateStart <= $to)
WITH pair, kind, node
ORDER BY node.dateStart, kind DESC, node.id
WITH pair, collect({kind: kind, node: node {.*}}) AS items
RETURN pair.key AS id, items[..$limit] AS items
