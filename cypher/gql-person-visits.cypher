// Visits of each person to a country. The first $limit are chosen on the edges' dates (an edge
// carries its event's) before joining their events.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Person {id: id})-[r:VISITED]->(c:Country)
  WHERE ($to IS NULL OR r.dateStart <= $to)
    AND ($from IS NULL OR r.dateStart >= $from
         OR EXISTS { MATCH (e:Event {id: r.eventId}) WHERE e.dateEnd >= $from })
  WITH r, c
  ORDER BY r.dateStart, r.eventId
  LIMIT $limit
  OPTIONAL MATCH (e:Event {id: r.eventId})
  RETURN collect({date: coalesce(r.date, e.date), country: c {.*}, event: e {.*}}) AS items
}
RETURN id, items
