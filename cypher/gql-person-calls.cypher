// Calls of each person: $direction 'out' for calls they made, 'in' for calls they received.
// A call whose caller is unknown (directed: false) belongs to both lists.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[r:CALLED]-(o:Person)
WHERE r.directed = false OR (startNode(r) = p) = ($direction = 'out')
OPTIONAL MATCH (e:Event {id: r.eventId})
WITH id, r, o, e
WHERE ($from IS NULL OR coalesce(e.dateEnd, r.dateStart) >= $from)
  AND ($to IS NULL OR coalesce(e.dateStart, r.dateStart) <= $to)
WITH id, r, o, e
ORDER BY coalesce(e.dateStart, r.dateStart), r.eventId
WITH id, collect({
  date: coalesce(r.date, e.date), directed: coalesce(r.directed, true),
  person: o {.*}, event: e {.*}
}) AS calls
RETURN id, calls[..$limit] AS items
