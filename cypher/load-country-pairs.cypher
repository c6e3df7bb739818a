// Links each pair of countries (key: the two ISO codes in order, "MA RU") to the events and
// agreements between them, so that the relations of two countries read only those: an event
// with persons of both, a visit of a person of one to the other, an agreement both are party
// to. Drawn for the events and agreements of a batch, and for the events of persons whose
// country was learnt in it. Links only grow while their event stands (participants, parties
// and countries are never taken back); a retracted event takes its links with it.
CALL () {
  UNWIND $events AS id
  MATCH (n:Event {id: id})
  RETURN n
  UNION
  UNWIND $persons AS id
  MATCH (:Person {id: id})-[:PARTICIPATED_IN]->(n)
  RETURN n
}
WITH n,
     COLLECT { MATCH (n)<-[:PARTICIPATED_IN]-(p:Person) WHERE p.country IS NOT NULL RETURN DISTINCT p.country } AS cs,
     CASE WHEN n.type = 'VISIT' THEN COLLECT { MATCH (n)-[:IN]->(c:Country) RETURN c.code } ELSE [] END AS places
WITH n, [a IN cs | [b IN cs WHERE a < b | a + ' ' + b]] +
        [a IN cs | [b IN places WHERE a <> b | CASE WHEN a < b THEN a + ' ' + b ELSE b + ' ' + a END]] AS nested
UNWIND nested AS keys
UNWIND keys AS key
WITH DISTINCT n, key
MERGE (cp:CountryPair {key: key})
MERGE (cp)-[:HAS]->(n)
RETURN count(*) AS links
