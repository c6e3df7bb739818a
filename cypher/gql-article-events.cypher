// The events each article reports, by date.
UNWIND $ids AS id
MATCH (:Article {id: id})<-[:REPORTED_IN]-(e:Event)
WITH id, e
ORDER BY e.dateStart, e.id
WITH id, collect(e {.*}) AS events
RETURN id, events[..$limit] AS items
