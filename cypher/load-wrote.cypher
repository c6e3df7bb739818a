UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Person {id: row.to})
MERGE (a)-[r:WROTE_TO {eventId: row.eventId}]->(b)
SET r.date = row.date, r.dateStart = row.dateStart
RETURN count(r) AS wrote
