// The agreement each event concerns.
UNWIND $ids AS id
MATCH (:Event {id: id})-[:CONCERNS]->(g:Agreement)
WITH id, g
ORDER BY g.id
WITH id, collect(g {.*}) AS agreements
RETURN id, head(agreements) AS item
