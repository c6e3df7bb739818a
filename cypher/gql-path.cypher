// Up to $k shortest connections between two persons through any of the relationship types
// $types allows: calls, meetings, messages, signatures, events, and when asked the hubs that
// events and agreements touch (an agreement, a country they were held in or bind). Planned
// events only with $planned. Twelve relationships at most; $maxHops lowers that bound.
MATCH (a:Person {id: $from})
MATCH (b:Person {id: $to})
MATCH p = allShortestPaths((a)-[:CALLED|MET|WROTE_TO|SIGNED|VISITED|PARTICIPATED_IN|CONCERNS|IN|BETWEEN*..12]-(b))
WHERE length(p) <= $maxHops
  AND all(r IN relationships(p) WHERE type(r) IN $types)
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
