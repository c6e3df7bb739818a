CREATE INDEX met_date IF NOT EXISTS FOR ()-[r:MET]-() ON (r.date)
