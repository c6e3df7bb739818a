CREATE INDEX called_date IF NOT EXISTS FOR ()-[r:CALLED]-() ON (r.date)
