// Stores the network metrics of a batch of persons (degree, PageRank, Louvain community).
UNWIND $rows AS r
MATCH (p:Person {id: r.id})
SET p.degree = r.degree, p.pagerank = r.pagerank, p.community = r.community
