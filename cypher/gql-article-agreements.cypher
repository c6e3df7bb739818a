// The agreements each article reports, by date.
UNWIND $ids AS id
MATCH (:Article {id: id})<-[:REPORTED_IN]-(g:Agreement)
WITH id, g
ORDER BY g.dateStart, g.id
WITH id, collect(g {.*}) AS agreements
RETURN id, agreements[..$limit] AS items
