// Month- and year-dated events that start before a range and last into it.
CREATE INDEX event_precision_date_start IF NOT EXISTS FOR (e:Event) ON (e.datePrecision, e.dateStart)
