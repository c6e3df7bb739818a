UNWIND $signatures AS signature
MATCH (e:Event {signature: signature})
RETURN e.id AS id, e.signature AS signature, e.date AS date, e.placeCountry AS placeCountry,
       e.initiator AS initiator
