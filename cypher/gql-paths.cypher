// Up to $k (at most 10) shortest connections between two persons, person to person through the events
// both sides of each step took part in (calls, meetings, messages, signings, summits, visits):
// the shortest first, then the next shortest. Planned events only with $planned.
// $maxHops bounds the relationships (two per shared event).
MATCH (a:Person {id: $from}), (b:Person {id: $to})
MATCH p = SHORTEST 10 (a)
  ((:Person)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(:Person)
    WHERE $planned OR NOT coalesce(e.planned, false)){1,6}
  (b)
WHERE length(p) <= $maxHops
WITH p, nodes(p) AS ns, relationships(p) AS rs
ORDER BY length(p)
LIMIT $k
RETURN
  [n IN ns | n {.*, __typename: head([l IN labels(n) WHERE l IN ['Person', 'Event']])}] AS nodes,
  [i IN range(0, size(rs) - 1) | {
    type: type(rs[i]),
    forward: startNode(rs[i]) = ns[i],
    date: rs[i].date,
    role: rs[i].role
  }] AS relationships
