// Removes what a changed article said: its sources, then the facts no other article reports.
UNWIND $files AS file
MATCH (:Article {id: file})<-[r:REPORTED_IN]-(fact)
DELETE r
WITH DISTINCT fact
WHERE NOT (fact)-[:REPORTED_IN]->()
OPTIONAL MATCH (fact)<-[:PARTICIPATED_IN]-(:Person)-[d:CALLED|MET|VISITED|SIGNED|WROTE_TO]->()
WHERE d.eventId = fact.id
DELETE d
WITH DISTINCT fact
DETACH DELETE fact
RETURN count(*) AS removed
