// Meetings of each person, with the counterpart and the meeting event.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[r:MET]-(o:Person)
OPTIONAL MATCH (e:Event {id: r.eventId})
WITH id, r, o, e
WHERE ($from IS NULL OR coalesce(e.dateEnd, r.dateStart) >= $from)
  AND ($to IS NULL OR coalesce(e.dateStart, r.dateStart) <= $to)
WITH id, r, o, e
ORDER BY coalesce(e.dateStart, r.dateStart), r.eventId
WITH id, collect({date: coalesce(r.date, e.date), person: o {.*}, event: e {.*}}) AS meetings
RETURN id, meetings[..$limit] AS items
