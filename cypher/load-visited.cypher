UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (c:Country {code: row.to})
MERGE (a)-[r:VISITED {eventId: row.eventId}]->(c)
SET r.date = row.date, r.dateStart = row.dateStart
RETURN count(r) AS visited
