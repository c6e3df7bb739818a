// The events already stored under the batch's signatures, with what merging needs: date, place,
// initiator, and whether held (a report of it held is never undone by a later plan).
UNWIND $signatures AS signature
MATCH (e:Event {signature: signature})
RETURN e.id AS id, e.signature AS signature, e.date AS date, e.placeCountry AS placeCountry,
       e.initiator AS initiator, e.planned AS planned
