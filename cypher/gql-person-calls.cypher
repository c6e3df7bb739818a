// Calls of persons, for each request {id, direction}: 'out' for the calls the person made,
// 'in' for those they received; a call whose caller is unknown (directed: false) is stored
// both ways, so it is in both lists. One statement answers both lists of many persons (called
// and calledBy of one level). The edge carries its event's date (it is redrawn when the event
// changes), so the first $limit calls are chosen on the edges alone and only those are joined
// to their counterparts (with $light, only the properties most queries show) and, with
// $withEvent, to their events.
UNWIND $requests AS req
CALL (req) {
  // Each direction is read apart (a dense node groups its edges by direction); CALLED joins
  // persons only, so the other end needs no label check.
  CALL (req) {
    WITH req WHERE req.direction = 'out'
    MATCH (:Person {id: req.id})-[r:CALLED]->(o)
    RETURN r, o
    UNION ALL
    WITH req WHERE req.direction = 'in'
    MATCH (:Person {id: req.id})<-[r:CALLED]-(o)
    RETURN r, o
  }
  WITH r, o
  WHERE ($to IS NULL OR r.dateStart <= $to)
    AND ($from IS NULL OR r.dateStart >= $from
         OR EXISTS { MATCH (e:Event {id: r.eventId}) WHERE e.dateEnd >= $from })
  WITH r, o
  ORDER BY r.dateStart, r.eventId
  LIMIT $limit
  OPTIONAL MATCH (e:Event {id: CASE WHEN $withEvent THEN r.eventId END})
  RETURN collect({
    date: coalesce(r.date, e.date), directed: coalesce(r.directed, true),
    person: CASE WHEN $light THEN o {.id, .nameEn, .nameAr, .country, .role} ELSE o {.*} END,
    event: e {.*}
  }) AS items
}
// With $withPersons, the requested persons come along: a query about one person and their
// calls needs no other statement.
RETURN req.id + ' ' + req.direction AS id, items,
       CASE WHEN $withPersons THEN COLLECT { MATCH (p:Person {id: req.id}) RETURN p {.*} }[0] END AS person
