// Visits of each person to a country.
UNWIND $ids AS id
MATCH (:Person {id: id})-[r:VISITED]->(c:Country)
OPTIONAL MATCH (e:Event {id: r.eventId})
WITH id, r, c, e
WHERE ($from IS NULL OR coalesce(e.dateEnd, r.dateStart) >= $from)
  AND ($to IS NULL OR coalesce(e.dateStart, r.dateStart) <= $to)
WITH id, r, c, e
ORDER BY coalesce(e.dateStart, r.dateStart), r.eventId
WITH id, collect({date: coalesce(r.date, e.date), country: c {.*}, event: e {.*}}) AS visits
RETURN id, visits[..$limit] AS items
