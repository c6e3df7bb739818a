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
  // The next level in the same statement: with $nested (directions), each counterpart's own
  // calls, read the same way in the window of the $nested* parameters.
  CALL (o) {
    UNWIND $nested AS dir
    CALL (o, dir) {
      CALL (o, dir) {
        WITH o, dir WHERE dir = 'out'
        MATCH (o)-[r2:CALLED]->(o2)
        RETURN r2, o2
        UNION ALL
        WITH o, dir WHERE dir = 'in'
        MATCH (o)<-[r2:CALLED]-(o2)
        RETURN r2, o2
      }
      WITH r2, o2
      WHERE ($nestedTo IS NULL OR r2.dateStart <= $nestedTo)
        AND ($nestedFrom IS NULL OR r2.dateStart >= $nestedFrom
             OR EXISTS { MATCH (e2:Event {id: r2.eventId}) WHERE e2.dateEnd >= $nestedFrom })
      WITH r2, o2
      ORDER BY r2.dateStart, r2.eventId
      LIMIT $nestedLimit
      OPTIONAL MATCH (e2:Event {id: CASE WHEN $nestedWithEvent THEN r2.eventId END})
      RETURN collect({
        date: coalesce(r2.date, e2.date), directed: coalesce(r2.directed, true),
        person: CASE WHEN $nestedLight THEN o2 {.id, .nameEn, .nameAr, .country, .role}
                ELSE o2 {.*} END,
        event: e2 {.*}
      }) AS calls
    }
    RETURN collect({direction: dir, items: calls}) AS nested
  }
  RETURN collect({
    date: coalesce(r.date, e.date), directed: coalesce(r.directed, true),
    person: CASE WHEN $light THEN o {.id, .nameEn, .nameAr, .country, .role} ELSE o {.*} END,
    event: e {.*}, nested: nested
  }) AS items
}
// With $withPersons, the requested persons come along: a query about one person and their
// calls needs no other statement.
RETURN req.id + ' ' + req.direction AS id, items,
       CASE WHEN $withPersons THEN COLLECT { MATCH (p:Person {id: req.id}) RETURN p {.*} }[0] END AS person
