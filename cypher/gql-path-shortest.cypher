// The shortest connection between two persons, person to person through the events both sides
// of each step took part in (calls, meetings, messages, signings, summits, visits): every
// relationship is a PARTICIPATED_IN, so persons and events alternate. Planned events only with
// $planned. shortestPath searches from both ends at once, with the predicate applied as it
// goes; the caller drops a path longer than it allows (a bound on the whole path here would
// make the planner fall back to trying every path).
MATCH (a:Person {id: $from}), (b:Person {id: $to})
MATCH p = shortestPath((a)-[:PARTICIPATED_IN*..12]-(b))
WHERE ($planned OR none(n IN nodes(p) WHERE n:Event AND coalesce(n.planned, false)))
WITH p, nodes(p) AS ns, relationships(p) AS rs
RETURN
  [n IN ns | n {.*, __typename: head([l IN labels(n) WHERE l IN ['Person', 'Event']])}] AS nodes,
  [i IN range(0, size(rs) - 1) | {
    type: type(rs[i]),
    forward: startNode(rs[i]) = ns[i],
    date: rs[i].date,
    role: rs[i].role
  }] AS relationships
