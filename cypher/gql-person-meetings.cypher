// Meetings of each person, with the counterpart and the meeting event. The first $limit are
// chosen on the edges' dates (an edge carries its event's) before joining their events.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Person {id: id})-[r:MET]-(o)
  WHERE ($to IS NULL OR r.dateStart <= $to)
    AND ($from IS NULL OR r.dateStart >= $from
         OR EXISTS { MATCH (e:Event {id: r.eventId}) WHERE e.dateEnd >= $from })
  WITH r, o
  ORDER BY r.dateStart, r.eventId
  LIMIT $limit
  OPTIONAL MATCH (e:Event {id: r.eventId})
  RETURN collect({date: coalesce(r.date, e.date), person: o {.*}, event: e {.*}}) AS items
}
RETURN id, items
