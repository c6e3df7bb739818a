// The shortest connection between two persons through calls, meetings, signatures, events and
// what events and agreements touch (their agreement, the country they were held in or bind).
// Six relationships at most; $maxHops lowers that bound.
MATCH (a:Person {id: $from})
MATCH (b:Person {id: $to})
MATCH p = shortestPath((a)-[:CALLED|MET|WROTE_TO|SIGNED|VISITED|PARTICIPATED_IN|CONCERNS|IN|BETWEEN*..6]-(b))
WHERE length(p) <= $maxHops
WITH nodes(p) AS ns, relationships(p) AS rs
RETURN
  [n IN ns | n {.*, __typename: head([l IN labels(n) WHERE l IN ['Person', 'Event', 'Agreement', 'Country']])}] AS nodes,
  [i IN range(0, size(rs) - 1) | {
    type: type(rs[i]),
    forward: startNode(rs[i]) = ns[i],
    date: rs[i].date,
    role: rs[i].role
  }] AS relationships
