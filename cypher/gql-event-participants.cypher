// Participants of each event with their role: initiating roles first. PARTICIPATED_IN joins
// persons to events only: no label check.
UNWIND $ids AS id
MATCH (:Event {id: id})<-[r:PARTICIPATED_IN]-(p)
WITH id, r, p
ORDER BY CASE r.role WHEN 'caller' THEN 0 WHEN 'host' THEN 1 WHEN 'visitor' THEN 2 ELSE 3 END, p.id
WITH id, collect({role: r.role, office: r.office, person: p {.*}}) AS participants
RETURN id, participants[..$limit] AS items
