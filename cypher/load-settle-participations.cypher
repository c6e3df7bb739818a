// Clears the mark load-upsert-events leaves on participations it created, once the
// DEALT_WITH summaries have counted them.
UNWIND $events AS id
MATCH (:Event {id: id})<-[r:PARTICIPATED_IN]-()
WHERE r.fresh
REMOVE r.fresh
RETURN count(r) AS settled
