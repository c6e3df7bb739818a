// Agreements each person signed, by date.
UNWIND $ids AS id
MATCH (:Person {id: id})-[:SIGNED]->(g:Agreement)
WITH DISTINCT id, g
ORDER BY g.dateStart, g.id
WITH id, collect(g {.*}) AS agreements
RETURN id, agreements[..$limit] AS items
