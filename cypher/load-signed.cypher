UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (g:Agreement {id: row.to})
MERGE (a)-[r:SIGNED {eventId: row.eventId}]->(g)
SET r.date = row.date
RETURN count(r) AS signed
