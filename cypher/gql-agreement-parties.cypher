UNWIND $ids AS id
MATCH (:Agreement {id: id})-[:BETWEEN]->(c:Country)
WITH id, c
ORDER BY c.code
WITH id, collect(c {.*}) AS parties
RETURN id, parties[..$limit] AS items
