// The events and agreements that involve both actors of each pair, by date. An actor is a
// person id or a country code (pair.aCountry and pair.bCountry say which). An event involves
// its participants, their countries and, for a visit, the country visited; an agreement
// involves its signatories and its parties. Each case starts where the least is to read: two
// persons, from the one with fewer events; a person and a country, from the person; two
// countries, from the CountryPair node the loader links to what is between them.
UNWIND $pairs AS pair
CALL (pair) {
  // Two persons: the events of the one with fewer (degrees are read in constant time) that
  // the other took part in too.
  WITH pair
  WHERE NOT pair.aCountry AND NOT pair.bCountry
  WITH pair LIMIT 1
  MATCH (x:Person {id: pair.a}), (y:Person {id: pair.b})
  WITH x, y, COUNT { (x)-[:PARTICIPATED_IN]->() } <= COUNT { (y)-[:PARTICIPATED_IN]->() } AS xFirst
  WITH CASE WHEN xFirst THEN x ELSE y END AS few, CASE WHEN xFirst THEN y ELSE x END AS many
  MATCH (few)-[:PARTICIPATED_IN]->(e:Event)
  WHERE EXISTS { (e)<-[:PARTICIPATED_IN]-(many) }
  RETURN 'EVENT' AS kind, e AS node
  UNION
  // A person and a country: the person's events where a person of that country took part too
  // (or the person themself represents it), or that were a visit to it.
  WITH pair
  WHERE pair.aCountry <> pair.bCountry
  WITH CASE WHEN pair.aCountry THEN pair.b ELSE pair.a END AS person,
       CASE WHEN pair.aCountry THEN pair.a ELSE pair.b END AS country
  LIMIT 1
  MATCH (p:Person {id: person})-[:PARTICIPATED_IN]->(e:Event)
  WHERE p.country = country
     OR EXISTS { (e)<-[:PARTICIPATED_IN]-(q:Person) WHERE q.country = country }
     OR (e.type = 'VISIT' AND EXISTS { (e)-[:IN]->(:Country {code: country}) })
  RETURN 'EVENT' AS kind, e AS node
  UNION
  // Two countries: what the loader linked to their CountryPair (events with a person of each,
  // visits of a person of one to the other, agreements both are party to).
  WITH pair
  WHERE pair.aCountry AND pair.bCountry
  WITH pair LIMIT 1
  MATCH (:CountryPair {key: CASE WHEN pair.a < pair.b THEN pair.a + ' ' + pair.b
                                 ELSE pair.b + ' ' + pair.a END})-[:HAS]->(n)
  RETURN CASE WHEN n:Event THEN 'EVENT' ELSE 'AGREEMENT' END AS kind, n AS node
  UNION
  // Agreements: a person signed it, a country is a party to it.
  WITH pair
  WHERE NOT pair.aCountry AND NOT pair.bCountry
  WITH pair LIMIT 1
  MATCH (:Person {id: pair.a})-[:SIGNED]->(g:Agreement)<-[:SIGNED]-(:Person {id: pair.b})
  RETURN 'AGREEMENT' AS kind, g AS node
  UNION
  WITH pair
  WHERE pair.aCountry <> pair.bCountry
  WITH CASE WHEN pair.aCountry THEN pair.b ELSE pair.a END AS person,
       CASE WHEN pair.aCountry THEN pair.a ELSE pair.b END AS country
  LIMIT 1
  MATCH (:Person {id: person})-[:SIGNED]->(g:Agreement)-[:BETWEEN]->(:Country {code: country})
  RETURN 'AGREEMENT' AS kind, g AS node

}
WITH pair, kind, node
WHERE ($from IS NULL OR node.dateEnd >= $from)
  AND ($to IS NULL OR node.dateStart <= $to)
WITH pair, kind, node
ORDER BY node.dateStart, kind DESC, node.id
WITH pair, collect({kind: kind, node: node}) AS items
UNWIND items[..$limit] AS item
WITH pair, item.kind AS kind, item.node AS node
// With $withParticipants, each event carries its participants as gql-event-participants
// gives them, which saves the query a round trip.
WITH pair, kind, node {.*, participants: CASE WHEN $withParticipants AND kind = 'EVENT' THEN COLLECT {
  MATCH (node)<-[r:PARTICIPATED_IN]-(p)
  WITH r, p
  ORDER BY CASE r.role WHEN 'caller' THEN 0 WHEN 'host' THEN 1 WHEN 'visitor' THEN 2 ELSE 3 END, p.id
  RETURN {role: r.role, office: r.office, person: p {.*}}
}[..$members] END} AS node
RETURN pair.key AS id, collect({kind: kind, node: node}) AS items
