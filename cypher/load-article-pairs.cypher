// The pairs of persons who shared an event that these articles report: what a retraction of the
// articles may change in their DEALT_WITH summaries.
UNWIND $files AS file
MATCH (:Article {id: file})<-[:REPORTED_IN]-(e:Event)<-[:PARTICIPATED_IN]-(x:Person)
MATCH (e)<-[:PARTICIPATED_IN]-(y:Person)
WHERE x.id < y.id
RETURN DISTINCT x.id AS a, y.id AS b
