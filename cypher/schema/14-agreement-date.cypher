CREATE INDEX agreement_date IF NOT EXISTS FOR (a:Agreement) ON (a.date)
