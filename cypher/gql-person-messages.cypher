// Written messages of each person, both ways, with the other party and the message event. The
// first $limit are chosen on the edges' dates (an edge carries its event's) before the join.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Person {id: id})-[r:WROTE_TO]-(o)
  WHERE ($to IS NULL OR r.dateStart <= $to)
    AND ($from IS NULL OR r.dateStart >= $from
         OR EXISTS { MATCH (e:Event {id: r.eventId}) WHERE e.dateEnd >= $from })
  WITH r, o, CASE WHEN startNode(r) = o THEN 'received' ELSE 'sent' END AS direction
  ORDER BY r.dateStart, r.eventId
  LIMIT $limit
  OPTIONAL MATCH (e:Event {id: r.eventId})
  RETURN collect({date: coalesce(r.date, e.date), direction: direction, person: o {.*}, event: e {.*}}) AS items
}
RETURN id, items
