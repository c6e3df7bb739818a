UNWIND $signatures AS signature
MATCH (a:Agreement {signature: signature})
RETURN a.id AS id, a.signature AS signature, a.date AS date
