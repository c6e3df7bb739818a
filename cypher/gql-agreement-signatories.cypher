UNWIND $ids AS id
MATCH (:Agreement {id: id})<-[:SIGNED]-(p:Person)
WITH DISTINCT id, p
ORDER BY p.id
WITH id, collect(p {.*}) AS signatories
RETURN id, signatories[..$limit] AS items
