CREATE INDEX event_type_date IF NOT EXISTS FOR (e:Event) ON (e.type, e.date)
