// Up to $k shortest connections between two persons through their events and the hubs $types
// allows: the agreement an event concerns, the country it was held in, the countries an
// agreement binds. Planned
// events only with $planned. Twelve relationships at most; the caller drops paths longer than
// it allows.
MATCH (a:Person {id: $from})
MATCH (b:Person {id: $to})
MATCH p = allShortestPaths((a)-[:PARTICIPATED_IN|CONCERNS|IN|BETWEEN*..12]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
  AND ($planned OR none(n IN nodes(p) WHERE n:Event AND coalesce(n.planned, false)))
WITH p, nodes(p) AS ns, relationships(p) AS rs
LIMIT $k
RETURN
  [n IN ns | n {.*, __typename: head([l IN labels(n) WHERE l IN ['Person', 'Event', 'Agreement', 'Country']])}] AS nodes,
  [i IN range(0, size(rs) - 1) | {
    type: type(rs[i]),
    forward: startNode(rs[i]) = ns[i],
    date: rs[i].date,
    role: rs[i].role
  }] AS relationships
