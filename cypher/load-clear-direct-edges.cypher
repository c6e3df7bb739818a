// Direct edges are derived from their event: rebuilt whole whenever the event changes.
UNWIND $events AS id
MATCH (:Event {id: id})<-[:PARTICIPATED_IN]-(p:Person)-[d:CALLED|MET|VISITED|SIGNED|WROTE_TO]->()
WHERE d.eventId = id
DELETE d
RETURN count(d) AS removed
