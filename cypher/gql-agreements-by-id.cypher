UNWIND $ids AS id
MATCH (g:Agreement {id: id})
RETURN g {.*} AS agreement
