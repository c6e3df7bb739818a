// People by centrality (Query.people(orderBy: CENTRALITY)) read the index in order.
CREATE RANGE INDEX person_pagerank IF NOT EXISTS FOR (p:Person) ON (p.pagerank)
