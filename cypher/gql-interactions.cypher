// The events and agreements that involve both actors of each pair, by date. An actor is a
// person id or a country code. An event involves its participants, their countries and, for a
// visit, the country visited; an agreement involves its signatories and its parties. Each case
// is a pattern anchored at both actors, so the planner can meet in the middle (a hash join)
// instead of reading every event of a country and checking the other side's.
UNWIND $pairs AS pair
CALL (pair) {
  // A participant for each side (a person of a country stands for it).
  MATCH (pa:Person)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(pb:Person)
  WHERE (pa.id = pair.a OR pa.country = pair.a) AND (pb.id = pair.b OR pb.country = pair.b)
  RETURN 'EVENT' AS kind, e AS node
  UNION
  // One participant for both: a person and the country they represent.
  MATCH (p:Person)-[:PARTICIPATED_IN]->(e:Event)
  WHERE (p.id = pair.a OR p.country = pair.a) AND (p.id = pair.b OR p.country = pair.b)
  RETURN 'EVENT' AS kind, e AS node
  UNION
  // A visit of one side to the other's country.
  MATCH (p:Person)-[:PARTICIPATED_IN]->(e:Event)-[:IN]->(:Country {code: pair.b})
  WHERE (p.id = pair.a OR p.country = pair.a) AND e.type = 'VISIT'
  RETURN 'EVENT' AS kind, e AS node
  UNION
  MATCH (p:Person)-[:PARTICIPATED_IN]->(e:Event)-[:IN]->(:Country {code: pair.a})
  WHERE (p.id = pair.b OR p.country = pair.b) AND e.type = 'VISIT'
  RETURN 'EVENT' AS kind, e AS node
  UNION
  // Agreements: each side a party or a signatory.
  MATCH (:Country {code: pair.a})<-[:BETWEEN]-(g:Agreement)-[:BETWEEN]->(:Country {code: pair.b})
  RETURN 'AGREEMENT' AS kind, g AS node
  UNION
  MATCH (:Person {id: pair.a})-[:SIGNED]->(g:Agreement)-[:BETWEEN]->(:Country {code: pair.b})
  RETURN 'AGREEMENT' AS kind, g AS node
  UNION
  MATCH (:Country {code: pair.a})<-[:BETWEEN]-(g:Agreement)<-[:SIGNED]-(:Person {id: pair.b})
  RETURN 'AGREEMENT' AS kind, g AS node
  UNION
  MATCH (:Person {id: pair.a})-[:SIGNED]->(g:Agreement)<-[:SIGNED]-(:Person {id: pair.b})
  RETURN 'AGREEMENT' AS kind, g AS node
}
WITH pair, kind, node
WHERE ($from IS NULL OR node.dateEnd >= $from)
  AND ($to IS NULL OR node.dateStart <= $to)
WITH pair, kind, node
ORDER BY node.dateStart, kind DESC, node.id
WITH pair, collect({kind: kind, node: node}) AS items
RETURN pair.key AS id, [i IN items[..$limit] | {kind: i.kind, node: properties(i.node)}] AS items
