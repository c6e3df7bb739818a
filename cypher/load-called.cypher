UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Person {id: row.to})
MERGE (a)-[r:CALLED {eventId: row.eventId}]->(b)
SET r.date = row.date, r.dateStart = row.dateStart, r.directed = row.directed
RETURN count(r) AS called
