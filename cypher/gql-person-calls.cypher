// Calls of each person: $direction 'out' for calls they made, 'in' for calls they received.
// A call whose caller is unknown (directed: false) belongs to both lists. The edge carries its
// event's date (it is redrawn when the event changes), so the first $limit calls are chosen on
// the edges alone and only those are joined to their events and counterparts.
UNWIND $ids AS id
CALL (id) {
  MATCH (p:Person {id: id})-[r:CALLED]-(o:Person)
  WHERE (r.directed = false OR (startNode(r) = p) = ($direction = 'out'))
    AND ($to IS NULL OR r.dateStart <= $to)
    AND ($from IS NULL OR r.dateStart >= $from
         OR EXISTS { MATCH (e:Event {id: r.eventId}) WHERE e.dateEnd >= $from })
  WITH r, o
  ORDER BY r.dateStart, r.eventId
  LIMIT $limit
  OPTIONAL MATCH (e:Event {id: r.eventId})
  RETURN collect({
    date: coalesce(r.date, e.date), directed: coalesce(r.directed, true),
    person: o {.*}, event: e {.*}
  }) AS items
}
RETURN id, items
