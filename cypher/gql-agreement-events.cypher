// The events (signings, mostly) that concern each agreement, by date.
UNWIND $ids AS id
MATCH (:Agreement {id: id})<-[:CONCERNS]-(e:Event)
WITH id, e
ORDER BY e.dateStart, e.id
WITH id, collect(e {.*}) AS events
RETURN id, events[..$limit] AS items
